import type { OrderStatus } from '@/db/schema';
import { ORDER_STATUS_LABELS } from '@/lib/orders/status';

export function OrderStatusLabel({ status }: { status: OrderStatus }) {
  const tone =
    status === 'REFUNDED' || status === 'CANCELLED' || status === 'EXPIRED'
      ? 'bg-stone-200 text-stone-800'
      : status === 'PENDING'
        ? 'bg-amber-100 text-amber-900'
        : 'bg-green-100 text-green-900';
  return (
    <span className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${tone}`}>{ORDER_STATUS_LABELS[status]}</span>
  );
}
