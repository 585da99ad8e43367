'use client';

import type { KitchenStock } from '@/lib/kitchen/board';

/** At or under this many slices a flavor is flagged: time to open another pizza. */
const LOW_SLICES = 3;

type Props = { stock: KitchenStock[]; opening: string | null; onOpen: (flavor: KitchenStock) => void };

export function StockStrip({ stock, opening, onOpen }: Props) {
  return (
    <section
      aria-label="Estoque por sabor"
      className="flex gap-3 overflow-x-auto border-t border-stone-300 bg-white px-4 py-3"
    >
      {stock.map((flavor) => {
        const low = flavor.slicesLeft <= LOW_SLICES;
        return (
          <fieldset
            key={flavor.productId}
            aria-label={`Estoque ${flavor.name}`}
            className={`flex min-w-44 shrink-0 flex-col gap-1 rounded-lg border-2 p-2 ${low ? 'border-red-500 bg-red-50' : 'border-stone-200'}`}
          >
            <span className="font-semibold">{flavor.name}</span>
            <span className="text-sm text-stone-700">
              <strong data-testid="slices-left" className={`tabular-nums ${low ? 'text-red-700' : ''}`}>
                {flavor.slicesLeft}
              </strong>{' '}
              {flavor.slicesLeft === 1 ? 'pedaço' : 'pedaços'} · {flavor.openPizzas}{' '}
              {flavor.openPizzas === 1 ? 'pizza aberta' : 'pizzas abertas'}
            </span>
            <button
              type="button"
              disabled={opening === flavor.productId}
              onClick={() => onOpen(flavor)}
              className="rounded-md bg-basil px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50"
            >
              {opening === flavor.productId ? 'Abrindo…' : 'Abrir pizza'}
            </button>
          </fieldset>
        );
      })}
    </section>
  );
}
