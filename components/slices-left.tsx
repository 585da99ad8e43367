import { countOf, pluralize } from '@/lib/format/plural';

/** "Restam 16 pedaços", never a bare "16 pedaços" that reads like a pack size. */
export function slicesLeftLabel(count: number) {
  if (count === 0) return 'Esgotado';
  return `${pluralize(count, 'Resta', 'Restam')} ${countOf(count, 'pedaço', 'pedaços')}`;
}

export function SlicesLeft({ count }: { count: number }) {
  const soldOut = count === 0;
  return (
    <p
      className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ${
        soldOut ? 'bg-stone-300 text-stone-800' : 'bg-amber-100 text-amber-900'
      }`}
    >
      {slicesLeftLabel(count)}
    </p>
  );
}
