'use client';

import type { KitchenStock } from '@/lib/kitchen/board';
import { countOf, pluralize } from '@/lib/format/plural';

/** At or under this many slices a flavor is flagged: time to open another pizza. */
const LOW_SLICES = 3;

type Props = {
  stock: KitchenStock[];
  /** Flavors whose "Abrir pizza" the server has not answered yet. */
  opening: Record<string, unknown>;
  /** Flavors just opened, for a moment of "Pizza aberta". */
  opened: ReadonlySet<string>;
  onOpen: (flavor: KitchenStock) => void;
};

/** Every flavor's stock, wrapping onto more lines instead of hiding any: the emptiest come first. */
export function StockStrip({ stock, opening, opened, onOpen }: Props) {
  const urgentFirst = [...stock].sort((a, b) => a.slicesLeft - b.slicesLeft);
  return (
    <section
      aria-label="Estoque por sabor"
      className="flex max-h-[40dvh] flex-wrap gap-3 overflow-y-auto border-t border-stone-300 bg-white px-4 py-3"
    >
      {urgentFirst.map((flavor) => {
        const low = flavor.slicesLeft <= LOW_SLICES;
        const pending = flavor.productId in opening;
        const done = opened.has(flavor.productId);
        return (
          <fieldset
            key={flavor.productId}
            aria-label={`Estoque ${flavor.name}`}
            className={`flex w-48 flex-col gap-1 rounded-lg border-2 p-2 ${low ? 'border-red-500 bg-red-50' : 'border-stone-200'}`}
          >
            <span className="font-semibold">{flavor.name}</span>
            <span className="text-sm text-stone-700">
              <strong data-testid="slices-left" className={`tabular-nums ${low ? 'text-red-700' : ''}`}>
                {flavor.slicesLeft}
              </strong>{' '}
              {pluralize(flavor.slicesLeft, 'pedaço', 'pedaços')}
              {flavor.slicesLeft === 0 && <strong className="text-red-700"> (esgotado)</strong>} ·{' '}
              {countOf(flavor.openPizzas, 'pizza aberta', 'pizzas abertas')}
            </span>
            <button
              type="button"
              disabled={pending}
              aria-disabled={pending}
              onClick={() => onOpen(flavor)}
              className="min-h-11 rounded-md bg-basil px-3 text-sm font-semibold text-white disabled:opacity-60"
            >
              {pending ? 'Abrindo…' : done ? 'Pizza aberta ✓' : 'Abrir pizza'}
            </button>
            <span className="sr-only" aria-live="polite">
              {done ? `Pizza de ${flavor.name} aberta.` : ''}
            </span>
          </fieldset>
        );
      })}
    </section>
  );
}
