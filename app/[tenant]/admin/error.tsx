'use client';

// Server errors reach Sentry through instrumentation.ts; the header and menu stay, so the rest of the admin still works.
export default function AdminError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <section
      role="alert"
      className="flex flex-col items-start gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
    >
      <h1 className="text-xl font-bold text-tomato">Não conseguimos carregar esta parte do painel</h1>
      <p>Tente de novo em instantes. Se continuar, as outras seções do menu seguem funcionando.</p>
      <button
        type="button"
        onClick={() => retry()}
        className="rounded-full bg-tomato px-5 py-2.5 font-semibold text-white hover:bg-tomato-dark"
      >
        Tentar de novo
      </button>
    </section>
  );
}
