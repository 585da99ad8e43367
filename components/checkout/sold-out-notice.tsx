import type { FlavorAvailability } from '@/lib/inventory';
import { slicesLabel } from '@/components/cart/cart-summary';
import { pluralize } from '@/lib/format/plural';

/** Says what ran out while the buyer chose, and offers to fit the cart to what is left. */
export function SoldOutNotice({ availability, onAdjust }: { availability: FlavorAvailability[]; onAdjust(): void }) {
  const short = availability.filter((a) => a.available < a.requested);
  return (
    <div className="rounded-2xl bg-amber-50 p-4 ring-1 ring-amber-300">
      <p className="font-semibold">Alguns pedaços acabaram enquanto você escolhia:</p>
      <ul className="mt-2 list-disc pl-5">
        {short.map((a) => (
          <li key={a.productId}>
            {a.name}: você pediu {a.requested},{' '}
            {a.available === 0 ? 'acabou' : `${pluralize(a.available, 'resta', 'restam')} ${slicesLabel(a.available)}`}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={onAdjust}
        className="mt-3 min-h-11 rounded-full bg-stone-900 px-5 py-2.5 font-semibold text-white hover:bg-stone-700"
      >
        Ajustar meu pedido ao que resta
      </button>
    </div>
  );
}
