import type { FlavorOnSale } from '@/lib/inventory';
import { formatBRL } from '@/lib/money';
import { SlicesLeft } from './slices-left';

export function FlavorCard({ flavor }: { flavor: FlavorOnSale }) {
  const soldOut = flavor.slicesLeft === 0;
  return (
    <li className={`rounded-2xl p-4 ring-1 ring-stone-200 ${soldOut ? 'bg-stone-100' : 'bg-white shadow-sm'}`}>
      <div className="flex items-baseline justify-between gap-3">
        <h3 className="text-lg font-semibold">{flavor.name}</h3>
        <p className="shrink-0 font-semibold text-tomato">
          {formatBRL(flavor.priceCents)}
          <span className="text-sm font-normal text-stone-600"> / pedaço</span>
        </p>
      </div>
      {flavor.description && <p className="mt-1 text-stone-700">{flavor.description}</p>}
      <SlicesLeft count={flavor.slicesLeft} />
    </li>
  );
}
