/** One square per slice: sold, held by a customer paying now, or free on the counter. */
export function SliceStrip({ free, held, sold }: { free: number; held: number; sold: number }) {
  const cells = [
    ...Array.from({ length: sold }, () => 'bg-stone-400'),
    ...Array.from({ length: held }, () => 'bg-amber-400'),
    ...Array.from({ length: free }, () => 'bg-basil'),
  ];
  return (
    <div aria-hidden className="flex flex-wrap gap-1">
      {cells.map((color, i) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its position in the strip; cells are never reordered
          key={i}
          className={`size-4 rounded-sm ${color}`}
        />
      ))}
    </div>
  );
}
