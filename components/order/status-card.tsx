import Link from 'next/link';
import type { OrderView } from '@/lib/checkout/order-view';
import { isPaid, ORDER_STATUS_LABELS } from '@/lib/orders/status';

const ENDED = new Set<OrderView['status']>(['EXPIRED', 'CANCELLED', 'REFUNDED']);

function sentence(order: OrderView) {
  const name = order.customerFirstName ? `, ${order.customerFirstName}` : '';
  switch (order.status) {
    case 'PENDING':
      return 'Seus pedaços estão reservados enquanto você paga.';
    case 'PAID':
      return `Pagamento confirmado — retire no balcão com o código ${order.code}. Avisamos aqui quando ficar pronto.`;
    case 'IN_PREPARATION':
      return `A cozinha está preparando seus pedaços. Retire no balcão com o código ${order.code}.`;
    case 'READY':
      return `Pode buscar${name}! Diga o código ${order.code} no balcão.`;
    case 'DELIVERED':
      return 'Pedido entregue. Bom apetite!';
    case 'EXPIRED':
      return 'O tempo para pagar acabou e os pedaços voltaram para o balcão.';
    default:
      return order.endedBecause ?? '';
  }
}

/** The order's situation: what it means now, and where to go from a dead end. */
export function StatusCard({ order, slug }: { order: OrderView; slug: string }) {
  const ended = ENDED.has(order.status);
  const tone = ended
    ? 'bg-amber-50 ring-amber-300'
    : order.status === 'READY'
      ? 'bg-basil text-white ring-basil'
      : 'bg-white ring-stone-200';
  return (
    <section className={`flex flex-col gap-2 rounded-2xl p-4 ring-1 ${tone}`}>
      <div role="status" aria-live="polite">
        {/* A paid order's word is the current step of the timeline below: said once, there. */}
        {!isPaid(order.status) && <p className="text-lg font-bold">{ORDER_STATUS_LABELS[order.status]}</p>}
        <p className={order.status === 'READY' ? 'text-lg font-semibold' : ''}>{sentence(order)}</p>
      </div>
      {ended && (
        <Link
          href={`/${slug}`}
          className="inline-flex min-h-11 items-center justify-center self-start rounded-full bg-tomato px-5 font-semibold text-white hover:bg-tomato-dark"
        >
          Fazer novo pedido
        </Link>
      )}
    </section>
  );
}
