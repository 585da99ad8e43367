import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { OrderStatusLabel } from '@/components/admin/order-status-label';
import { RefundForm } from '@/components/admin/refund-form';
import { requireMember, ROLES } from '@/lib/auth';
import { formatPhone } from '@/lib/format/phone';
import { formatBRL } from '@/lib/money';
import { getOrderDetail } from '@/lib/orders/detail';
import { isPaid, ORDER_STATUS_LABELS } from '@/lib/orders/status';
import { getOrderPayment } from '@/lib/payments';
import { refundOrderAction } from '../actions';

export const metadata: Metadata = { title: 'Pedido' };

type Props = { params: Promise<{ tenant: string; orderId: string }> };

const EVENT_LABELS: Record<string, string> = {
  'order.reserved': 'Pedido feito, pedaços reservados',
  'order.hold_extended': 'Reserva estendida',
  'order.paid': 'Pagamento aprovado',
  'order.expired': 'Reserva expirou sem pagamento',
  'order.cancelled': 'Pedido cancelado',
  'order.refunded': 'Reembolsado',
};

const PAYMENT_METHOD = { pix: 'PIX', card: 'Cartão' } as const;
const PROVIDER = { mercadopago: 'Mercado Pago', dev: 'Pagamento de teste' } as const;
const PAYMENT_STATUS: Record<string, string> = {
  pending: 'pendente',
  approved: 'aprovado',
  authorized: 'autorizado',
  in_process: 'em análise',
  in_mediation: 'em disputa',
  rejected: 'recusado',
  cancelled: 'cancelado',
  refunded: 'reembolsado',
  charged_back: 'estornado pelo banco',
};

function eventLabel(e: { type: string; payload: unknown }) {
  if (e.type === 'order.status_changed') {
    const to = (e.payload as { to?: keyof typeof ORDER_STATUS_LABELS }).to;
    return `Cozinha: ${to ? ORDER_STATUS_LABELS[to] : 'mudou a situação'}`;
  }
  return EVENT_LABELS[e.type] ?? e.type;
}

export default async function OrderPage({ params }: Props) {
  const { tenant: slug, orderId } = await params;
  const { tenant } = await requireMember(slug, ROLES.staffAdmin, `/${slug}/admin/pedidos/${orderId}`);
  const id = z.uuid().safeParse(orderId);
  const detail = id.success ? await getOrderDetail(tenant.id, id.data) : null;
  if (!detail) notFound();
  const { order, items, timeline } = detail;
  const payment = await getOrderPayment(tenant.id, order.id);
  const when = (d: Date) =>
    d.toLocaleString('pt-BR', { dateStyle: 'short', timeStyle: 'medium', timeZone: tenant.timezone });

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-5">
      <Link
        href={`/${slug}/admin/pedidos`}
        className="inline-flex min-h-11 items-center text-sm font-semibold text-stone-700 hover:text-tomato"
      >
        ← Pedidos
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-2xl font-bold">{order.code}</h1>
        <OrderStatusLabel status={order.status} />
      </div>
      <section aria-labelledby="customer" className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
        <h2 id="customer" className="mb-2 font-semibold">
          Cliente
        </h2>
        <p>{order.customerName ?? 'Sem nome'}</p>
        {order.customerPhone && <p>{formatPhone(order.customerPhone)}</p>}
        {order.customerEmail && <p>{order.customerEmail}</p>}
      </section>
      <section aria-labelledby="items" className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
        <h2 id="items" className="mb-2 font-semibold">
          Itens
        </h2>
        <ul>
          {items.map((i) => (
            <li key={i.name} className="flex justify-between">
              <span>
                {i.quantity}× {i.name}
              </span>
              <span>{formatBRL(i.quantity * i.unitPriceCents)}</span>
            </li>
          ))}
        </ul>
        <p className="mt-2 flex justify-between border-t border-stone-200 pt-2 font-bold">
          <span>Total</span>
          <span>{formatBRL(order.totalCents)}</span>
        </p>
      </section>
      <section aria-labelledby="timeline" className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
        <h2 id="timeline" className="mb-2 font-semibold">
          Linha do tempo
        </h2>
        <ol className="flex flex-col gap-1">
          {timeline.map((e) => (
            <li key={e.id} className="flex flex-wrap justify-between gap-2">
              <span>{eventLabel(e)}</span>
              <time className="text-sm text-stone-600">{when(e.at)}</time>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="payment" className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
        <h2 id="payment" className="mb-2 font-semibold">
          Pagamento
        </h2>
        {payment ? (
          <p>
            {PAYMENT_METHOD[payment.method]} · {PROVIDER[payment.provider]} · {formatBRL(payment.amountCents)} ·
            situação: {PAYMENT_STATUS[payment.status] ?? payment.status}
          </p>
        ) : (
          <p>Nenhum pagamento iniciado.</p>
        )}
      </section>
      {isPaid(order.status) && (
        <section aria-labelledby="refund" className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-tomato/40">
          <h2 id="refund" className="mb-2 font-semibold">
            Cancelar e reembolsar
          </h2>
          <RefundForm
            action={refundOrderAction}
            slug={slug}
            orderId={order.id}
            slicesGoBack={order.status === 'PAID'}
          />
        </section>
      )}
    </div>
  );
}
