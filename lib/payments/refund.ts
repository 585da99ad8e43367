import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Tx } from '@/db/client';
import { orders, payments, tenants, type Order } from '@/db/schema';
import { log } from '@/lib/observability/log';
import { metrics } from '@/lib/observability/metrics';
import { lockOrder } from '@/lib/orders/lock';
import { isPaid } from '@/lib/orders/status';
import { markRefunded } from '@/lib/orders/transitions';
import { writeEvents } from '@/lib/outbox/write';
import { invalidInput } from '@/lib/result';
import { fail, providerFailure, type Result } from './errors';
import { providerFor } from './providers';
import type { PaymentProvider } from './types';

/** Why money went back without anyone asking: shown to the customer on the order page. */
export type RefundReason = 'stock_lost' | 'duplicate_payment' | 'order_closed';

const refundKey = (providerPaymentId: string) => `refund-${providerPaymentId}`;

/**
 * The compensating step of a payment that cannot buy its slices. The provider first (same
 * idempotency key on every try, so one refund however often this runs), then our books: the
 * payment is marked refunded and a cancelled order becomes REFUNDED, keeping its reason.
 * If the provider fails, this throws and nothing here changes; the webhook answers an error
 * and the provider's retry runs it again.
 */
export async function refundPayment(args: {
  tenantId: string;
  orderId: string;
  provider: PaymentProvider;
  providerPaymentId: string;
  /** Our payment row; null for a stray extra card attempt on an order already paid. */
  paymentId: string | null;
  reason: RefundReason;
}) {
  await args.provider.refund(args.providerPaymentId, refundKey(args.providerPaymentId));
  metrics.refunds.inc({ provider: args.provider.name, reason: args.reason });
  if (!args.paymentId) {
    log.warn({ ...args, provider: args.provider.name }, 'refunded a second payment for an order already paid');
    return;
  }
  await db.transaction(async (tx) => {
    const order = await lockOrder(tx, args.tenantId, args.orderId);
    await tx
      .update(payments)
      .set({
        refundedAt: sql`coalesce(${payments.refundedAt}, now())`,
        refundReason: sql`coalesce(${payments.refundReason}, ${args.reason})`,
      })
      .where(eq(payments.id, args.paymentId!));
    if (order?.status === 'CANCELLED') await markRefunded(tx, order, order.cancelReason ?? args.reason);
  });
}

const schema = z.object({
  tenantId: z.uuid({ error: 'identificador inválido' }),
  orderId: z.uuid({ error: 'identificador inválido' }),
  reason: z
    .string()
    .trim()
    .min(3, 'Informe o motivo do reembolso.')
    .max(200, 'Motivo longo demais (até 200 caracteres).'),
});

/**
 * Admin cancel + refund of a paid order, through the provider that took the money. Before the
 * kitchen starts (PAID) the slices go back on sale; once it has (IN_PREPARATION on) they stay
 * sold. Idempotent: a refunded order answers with `replay`.
 */
export async function refundOrder(
  raw: z.input<typeof schema>,
): Promise<Result<{ order: Order; slicesReturned: number; replay: boolean }>> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const { tenantId, orderId, reason } = parsed.data;

  const [found] = await db
    .select({ order: orders, tenant: { id: tenants.id, slug: tenants.slug } })
    .from(orders)
    .innerJoin(tenants, eq(tenants.id, orders.tenantId))
    .where(and(eq(orders.tenantId, tenantId), eq(orders.id, orderId)));
  if (!found) return fail({ code: 'order_not_found', message: 'Pedido não encontrado.' });
  if (found.order.status === 'REFUNDED') return { ok: true, order: found.order, slicesReturned: 0, replay: true };
  if (!isPaid(found.order.status)) {
    return fail({
      code: 'not_refundable',
      message: 'Só pedidos pagos podem ser reembolsados.',
      status: found.order.status,
    });
  }
  const [payment] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.tenantId, tenantId), eq(payments.orderId, orderId), isNotNull(payments.appliedAt)));
  if (!payment?.providerPaymentId) {
    return fail({
      code: 'not_refundable',
      message: 'Este pedido não tem um pagamento aprovado.',
      status: found.order.status,
    });
  }
  const chosen = await providerFor(found.tenant, payment.provider);
  if (!chosen)
    return fail({
      code: 'payments_unavailable',
      message: 'O meio de pagamento deste pedido não está mais configurado.',
    });

  try {
    await chosen.provider.refund(payment.providerPaymentId, refundKey(payment.providerPaymentId));
  } catch (err) {
    log.warn({ err, tenantId, orderId }, 'refund refused by the payment provider');
    return providerFailure(err);
  }
  metrics.refunds.inc({ provider: payment.provider, reason: 'staff' });

  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, orderId);
    if (!order) return fail({ code: 'order_not_found', message: 'Pedido não encontrado.' });
    if (order.status === 'REFUNDED') return { ok: true as const, order, slicesReturned: 0, replay: true };
    return { ok: true as const, ...(await recordPaidOrderRefund(tx, order, payment.id, reason)), replay: false };
  });
}

/**
 * Our books after the provider gave a paid order's money back (asked by the admin, or done in
 * the Mercado Pago panel): order REFUNDED with its reason; before the kitchen started (PAID)
 * its slices go back on sale. Call on a locked order that is not yet REFUNDED.
 */
export async function recordPaidOrderRefund(tx: Tx, order: Order, paymentId: string, reason: string) {
  // The kitchen has not touched a PAID order's slices: they can be sold again.
  const freed =
    order.status === 'PAID'
      ? await tx.execute<{ product_id: string }>(sql`
          UPDATE slices SET status = 'AVAILABLE', order_id = NULL, sold_at = NULL
          WHERE tenant_id = ${order.tenantId} AND order_id = ${order.id} AND status = 'SOLD'
          RETURNING product_id`)
      : [];
  await tx
    .update(payments)
    .set({
      refundedAt: sql`coalesce(${payments.refundedAt}, now())`,
      refundReason: sql`coalesce(${payments.refundReason}, ${reason})`,
      updatedAt: sql`now()`,
    })
    .where(eq(payments.id, paymentId));
  const refunded = await markRefunded(tx, order, reason);
  if (freed.length > 0) {
    await writeEvents(tx, order.tenantId, [
      {
        type: 'inventory.changed',
        aggregateId: null,
        payload: { productIds: [...new Set(freed.map((r) => r.product_id))] },
      },
    ]);
  }
  return { order: refunded, slicesReturned: freed.length };
}
