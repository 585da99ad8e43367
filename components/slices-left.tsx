export function slicesLeftLabel(count: number) {
  if (count === 0) return 'Esgotado';
  return count === 1 ? '1 pedaço' : `${count} pedaços`;
}

export function SlicesLeft({ count }: { count: number }) {
  const soldOut = count === 0;
  return (
    <p
      className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ${
        soldOut ? 'bg-stone-300 text-stone-800' : 'bg-amber-100 text-amber-900'
      }`}
    >
      {!soldOut && <span className="sr-only">Restam </span>}
      {slicesLeftLabel(count)}
    </p>
  );
}
