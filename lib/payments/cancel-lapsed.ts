import { and, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { orders, payments, tenants } from '@/db/schema';
import { log } from '@/lib/observability/log';
import { providerFor } from './providers';
import { settlePayment } from './settle';

/**
 * Worker job: a PIX outlives its hold (Mercado Pago's 30-minute minimum), so once the order
 * stops waiting (hold expired, order cancelled) its PIX is cancelled and the code can no
 * longer be paid. The same goes for a PIX the customer chose inside Checkout Pro (we learn its
 * id from its `pending` notification), so any payment still pending is cancelled. If the
 * provider refuses because it was just paid, the payment is re-read and settled like a
 * notification (re-take the slices or refund).
 */
export async function cancelLapsedPayments({ limit = 50 } = {}) {
  const lapsed = await db
    .select({ payment: payments, tenant: { id: tenants.id, slug: tenants.slug } })
    .from(payments)
    .innerJoin(orders, and(eq(orders.tenantId, payments.tenantId), eq(orders.id, payments.orderId)))
    .innerJoin(tenants, eq(tenants.id, payments.tenantId))
    .where(
      and(
        eq(payments.status, 'pending'),
        isNotNull(payments.providerPaymentId),
        isNull(payments.appliedAt),
        ne(orders.status, 'PENDING'),
      ),
    )
    .limit(limit);

  let cancelled = 0;
  for (const { payment, tenant } of lapsed) {
    const chosen = await providerFor(tenant, payment.provider);
    const id = payment.providerPaymentId!;
    if (!chosen) continue;
    try {
      await chosen.provider.cancel(id, `cancel-${id}`);
      await db
        .update(payments)
        .set({ status: 'cancelled', updatedAt: sql`now()` })
        .where(and(eq(payments.id, payment.id), eq(payments.status, 'pending')));
      cancelled++;
    } catch (err) {
      log.warn(
        { err, tenantId: tenant.id, paymentId: payment.id },
        'could not cancel a lapsed PIX; settling what the provider reports',
      );
      try {
        await settlePayment(tenant.id, chosen.provider, await chosen.provider.getPayment(id));
      } catch (e) {
        log.error({ err: e, paymentId: payment.id }, 'could not settle a lapsed PIX; the next run tries again');
      }
    }
  }
  return { cancelled };
}
