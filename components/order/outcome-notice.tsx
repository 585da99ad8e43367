import type { OrderView } from '@/lib/orders/order-view';

const CANCEL_REASONS: Record<string, string> = {
  payment_rejected: 'O pagamento foi recusado e os pedaços voltaram para o balcão.',
  customer_cancelled: 'Você cancelou o pedido e os pedaços voltaram para o balcão.',
  stock_lost: 'O pagamento chegou depois do prazo e os pedaços já tinham sido vendidos.',
};

/** Why an order left the happy path, in words a customer understands. */
export function OutcomeNotice({ order }: { order: OrderView }) {
  const text =
    order.status === 'EXPIRED'
      ? 'O tempo para pagar acabou e os pedaços voltaram para o balcão. Se quiser, faça um novo pedido.'
      : order.status === 'REFUNDED'
        ? `${order.cancelReason && CANCEL_REASONS[order.cancelReason] ? `${CANCEL_REASONS[order.cancelReason]} ` : ''}O valor foi devolvido pelo mesmo meio de pagamento.`
        : order.status === 'CANCELLED'
          ? (CANCEL_REASONS[order.cancelReason ?? ''] ?? 'Este pedido foi cancelado.')
          : null;
  if (!text) return null;
  return <p className="rounded-2xl bg-amber-50 p-4 ring-1 ring-amber-300">{text}</p>;
}
