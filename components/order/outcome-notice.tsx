import type { OrderView } from '@/lib/checkout/order-view';

/** Why an order left the happy path, in words a customer understands. */
export function OutcomeNotice({ order }: { order: OrderView }) {
  const text =
    order.status === 'EXPIRED'
      ? 'O tempo para pagar acabou e os pedaços voltaram para o balcão. Se quiser, faça um novo pedido.'
      : order.endedBecause;
  if (!text) return null;
  return <p className="rounded-2xl bg-amber-50 p-4 ring-1 ring-amber-300">{text}</p>;
}
