import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Tx } from '@/db/client';
import { payments, type Order, type Payment } from '@/db/schema';
import { confirmSaleOfLockedOrder, dropHolds, releaseLockedOrder } from '@/lib/inventory';
import { log } from '@/lib/observability/log';
import { metrics } from '@/lib/observability/metrics';
import { lockOrder } from '@/lib/orders/lock';
import { isPaid } from '@/lib/orders/status';
import { recordPaidOrderRefund, refundPayment, type RefundReason } from './refund';
import type { PaymentProvider, ProviderPayment } from './types';

export type SettleOutcome = 'paid' | 'released' | 'refunded' | 'recorded' | 'replay' | 'ignored';

type Decision =
  | { outcome: SettleOutcome; releasedSliceIds?: number[] }
  | { outcome: 'refund'; paymentId: string | null; reason: RefundReason };

/**
 * Moves an order to match its payment as the provider reports it now. Safe to run any number
 * of times, in any order, concurrently: the order row lock serialises it, and `applied_at`
 * records the one payment that sold the slices.
 *
 * approved → slices sold, order paid (re-taking slices if the hold lapsed); if they are gone, or
 * the order was closed or already paid by another payment → refunded, with the reason kept.
 * rejected / cancelled → hold released, except a rejected Checkout Pro card: the customer may
 * try another card until the hold ends.
 */
export async function settlePayment(
  tenantId: string,
  provider: PaymentProvider,
  reported: ProviderPayment,
): Promise<SettleOutcome> {
  const orderId = reported.externalReference;
  if (!orderId || !z.uuid().safeParse(orderId).success) return 'ignored';

  // Counted once per status a payment reaches, after it commits (redeliveries report the same status).
  let reached: Payment['method'] | null = null;
  const decision = await db.transaction(async (tx): Promise<Decision> => {
    const order = await lockOrder(tx, tenantId, orderId);
    if (!order) return { outcome: 'ignored' };
    const rows = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.tenantId, tenantId), eq(payments.orderId, orderId), eq(payments.provider, provider.name)))
      .for('update');
    // Our PIX and the dev provider's payments are known by id. A Checkout Pro payment (a card, or
    // PIX / account money chosen inside the checkout) belongs to the order's preference, and each
    // attempt is a payment of its own: follow the latest until one paid.
    const payment = rows.find((r) => r.providerPaymentId === reported.id) ?? rows.find((r) => r.providerRef !== null);
    if (!payment) return { outcome: 'ignored' };
    if (reported.amountCents !== payment.amountCents) {
      log.warn(
        { tenantId, orderId, reported: reported.amountCents, expected: payment.amountCents },
        'payment amount differs from the order; ignored',
      );
      return { outcome: 'ignored' };
    }
    if (payment.providerPaymentId !== reported.id && payment.providerPaymentId !== null && payment.appliedAt !== null) {
      // Another attempt on a checkout that already paid the order.
      return reported.status === 'approved'
        ? { outcome: 'refund', paymentId: null, reason: 'duplicate_payment' }
        : { outcome: 'ignored' };
    }
    await tx
      .update(payments)
      .set({
        providerPaymentId: reported.id,
        status: reported.status,
        statusDetail: reported.statusDetail,
        updatedAt: sql`now()`,
      })
      .where(eq(payments.id, payment.id));
    if (payment.status !== reported.status) reached = payment.method;

    switch (reported.status) {
      case 'approved':
        return approve(tx, order, payment);
      case 'rejected':
        if (payment.providerRef !== null) return { outcome: 'recorded' };
        return release(tx, order, 'payment_rejected');
      case 'cancelled':
        return release(tx, order, 'payment_cancelled');
      case 'refunded':
      case 'charged_back':
        return refundedElsewhere(tx, order, payment, reported.status);
      default:
        return { outcome: 'recorded' };
    }
  });

  if (reached) metrics.payments.inc({ provider: provider.name, method: reached, outcome: reported.status });
  if (decision.outcome !== 'refund') {
    if (decision.releasedSliceIds) await dropHolds(tenantId, orderId, decision.releasedSliceIds);
    return decision.outcome;
  }
  await refundPayment({
    tenantId,
    orderId,
    provider,
    providerPaymentId: reported.id,
    paymentId: decision.paymentId,
    reason: decision.reason,
  });
  return 'refunded';
}

async function approve(tx: Tx, order: Order, payment: Payment): Promise<Decision> {
  if (payment.appliedAt || payment.refundedAt) return { outcome: 'replay' };
  const sale = await confirmSaleOfLockedOrder(tx, order);
  if (sale.ok && !sale.replay) {
    await tx.update(payments).set({ appliedAt: sql`now()` }).where(eq(payments.id, payment.id));
    return { outcome: 'paid' };
  }
  // Paid already by another payment, or no slices for it: the money goes back.
  const reason: RefundReason = sale.ok
    ? 'duplicate_payment'
    : sale.error.code === 'stock_lost'
      ? 'stock_lost'
      : 'order_closed';
  await tx.update(payments).set({ refundReason: reason }).where(eq(payments.id, payment.id));
  return { outcome: 'refund', paymentId: payment.id, reason };
}

/** Money given back outside our app (the Mercado Pago panel, a chargeback): keep the books true. */
async function refundedElsewhere(
  tx: Tx,
  order: Order,
  payment: Payment,
  status: 'refunded' | 'charged_back',
): Promise<Decision> {
  if (!payment.appliedAt || payment.refundedAt || !isPaid(order.status)) return { outcome: 'recorded' };
  const reason = status === 'refunded' ? 'provider_refund' : 'chargeback';
  await recordPaidOrderRefund(tx, order, payment.id, reason);
  metrics.refunds.inc({ provider: payment.provider, reason });
  return { outcome: 'refunded' };
}

async function release(tx: Tx, order: Order, reason: 'payment_rejected' | 'payment_cancelled'): Promise<Decision> {
  if (order.status !== 'PENDING') return { outcome: 'recorded' };
  const released = await releaseLockedOrder(tx, order, reason);
  return { outcome: 'released', releasedSliceIds: released.sliceIds };
}
