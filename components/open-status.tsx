export function OpenStatus({ isOpen }: { isOpen: boolean }) {
  return isOpen ? (
    <p className="rounded-full bg-basil px-3 py-1 text-sm font-semibold text-white">Aberta agora</p>
  ) : (
    <p className="rounded-full bg-stone-700 px-3 py-1 text-sm font-semibold text-white">Fechada no momento</p>
  );
}
