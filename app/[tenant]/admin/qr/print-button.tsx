'use client';

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 rounded-full bg-tomato px-6 py-3 font-semibold text-white hover:bg-tomato-dark print:hidden"
    >
      Imprimir
    </button>
  );
}
