import type { OrderView } from '@/lib/checkout/order-view';
import { formatBRL } from '@/lib/money';

export function OrderItems({ order }: { order: OrderView }) {
  return (
    <section aria-labelledby="items-heading" className="rounded-2xl bg-white p-4 ring-1 ring-stone-200">
      <h2 id="items-heading" className="text-lg font-semibold">
        Itens
      </h2>
      <ul className="mt-2 divide-y divide-stone-100">
        {order.items.map((item) => (
          <li key={item.productId} className="flex justify-between gap-3 py-2">
            <span>
              {item.quantity} × {item.name}
            </span>
            <span className="tabular-nums">{formatBRL(item.quantity * item.unitPriceCents)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 flex justify-between border-t border-stone-200 pt-2 text-lg font-bold">
        <span>Total</span>
        <span className="tabular-nums">{formatBRL(order.totalCents)}</span>
      </p>
    </section>
  );
}
