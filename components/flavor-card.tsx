import type { ReactNode } from 'react';
import type { FlavorOnSale } from '@/lib/inventory';
import { formatBRL } from '@/lib/money';
import { FlavorPhoto } from './flavor-photo';
import { SlicesLeft } from './slices-left';

/** One flavor of the menu; `children` is where the buyer picks a quantity. */
export function FlavorCard({ flavor, children }: { flavor: FlavorOnSale; children?: ReactNode }) {
  const soldOut = flavor.slicesLeft === 0;
  return (
    <li
      className={`flex gap-3 rounded-2xl p-3 ring-1 ring-stone-200 ${soldOut ? 'bg-stone-100' : 'bg-white shadow-sm'}`}
    >
      <FlavorPhoto src={flavor.imageUrl} />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          <h3 className="text-lg font-semibold">{flavor.name}</h3>
          <p className="font-semibold text-tomato">
            {formatBRL(flavor.priceCents)}
            <span className="text-sm font-normal text-stone-600"> / pedaço</span>
          </p>
        </div>
        {flavor.description && <p className="mt-0.5 text-sm text-stone-700">{flavor.description}</p>}
        <div className="mt-2 flex items-center justify-between gap-2">
          <SlicesLeft count={flavor.slicesLeft} />
          {children}
        </div>
      </div>
    </li>
  );
}
