import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { orders, payments, tenants } from '@/db/schema';
import { log } from '@/lib/observability/log';
import { metrics } from '@/lib/observability/metrics';
import { invalidInput } from '@/lib/result';
import { fail, providerFailure, type Result } from './errors';
import { notificationUrl, orderUrl } from './links';
import { providerFor } from './providers';
import type { PaymentView } from './types';
import { toView } from './view';

const schema = z.object({
  tenantId: z.uuid({ error: 'identificador inválido' }),
  orderId: z.uuid({ error: 'identificador inválido' }),
  method: z.enum(['pix', 'card'], { error: 'escolha PIX ou cartão' }),
});

/**
 * Starts paying a pending order. Idempotent per order and method: a second call returns the
 * payment already made (the provider gets the same idempotency key, so even a call that raced
 * or failed half way never charges twice).
 */
export async function startPayment(raw: z.input<typeof schema>): Promise<Result<{ payment: PaymentView }>> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const { tenantId, orderId, method } = parsed.data;

  const [found] = await db
    .select({
      order: orders,
      tenant: { id: tenants.id, slug: tenants.slug, name: tenants.name, maxHoldSeconds: tenants.maxHoldSeconds },
    })
    .from(orders)
    .innerJoin(tenants, eq(tenants.id, orders.tenantId))
    .where(and(eq(orders.tenantId, tenantId), eq(orders.id, orderId)));
  if (!found) return fail({ code: 'order_not_found', message: 'Pedido não encontrado.' });
  const { order, tenant } = found;

  const existing = await paymentOf(tenantId, orderId, method);
  if (existing) return { ok: true, payment: toView(existing, order.holdExpiresAt) };
  if (order.status !== 'PENDING') {
    return fail({
      code: 'order_closed',
      message: 'Este pedido não está mais aguardando pagamento.',
      status: order.status,
    });
  }
  if (order.holdExpiresAt.getTime() <= Date.now()) {
    return fail({ code: 'hold_expired', message: 'O tempo de reserva acabou. Monte o pedido de novo.' });
  }

  const chosen = await providerFor(tenant);
  if (!chosen)
    return fail({ code: 'payments_unavailable', message: 'Esta pizzaria ainda não aceita pagamentos online.' });
  const { provider } = chosen;
  if (provider.name === 'mercadopago' && !order.customerEmail) {
    return fail({ code: 'payer_email_required', message: 'Informe um e-mail para pagar pelo Mercado Pago.' });
  }

  const request = {
    idempotencyKey: `${order.id}:${method}`,
    orderId: order.id,
    orderCode: order.code,
    amountCents: order.totalCents,
    payerEmail: order.customerEmail,
    description: `${tenant.name} · pedido ${order.code}`,
    notificationUrl: notificationUrl(tenant.id),
    returnUrl: orderUrl(tenant.slug, order),
    holdExpiresAt: order.holdExpiresAt,
    payableUntil: new Date(
      Math.max(order.holdExpiresAt.getTime(), order.createdAt.getTime() + tenant.maxHoldSeconds * 1000),
    ),
  };
  let values: typeof payments.$inferInsert;
  try {
    const base = { tenantId, orderId, provider: provider.name, method, amountCents: order.totalCents };
    if (method === 'pix') {
      const pix = await provider.createPix(request);
      values = {
        ...base,
        providerPaymentId: pix.providerPaymentId,
        status: pix.status,
        statusDetail: pix.statusDetail,
        pixQrCode: pix.qrCode,
        pixQrImage: pix.qrImageDataUrl,
        redirectUrl: pix.pageUrl,
        expiresAt: pix.expiresAt,
      };
    } else {
      const checkout = await provider.createCheckout(request);
      values = {
        ...base,
        providerPaymentId: checkout.providerPaymentId,
        providerRef: checkout.providerRef,
        redirectUrl: checkout.redirectUrl,
        expiresAt: checkout.expiresAt,
      };
    }
  } catch (err) {
    log.warn({ err, tenantId, orderId, method, provider: provider.name }, 'could not start payment');
    metrics.payments.inc({ provider: provider.name, method, outcome: 'error' });
    return providerFailure(err);
  }

  // A concurrent call for the same order and method may have won: its row is the payment.
  await db.insert(payments).values(values).onConflictDoNothing();
  const row = await paymentOf(tenantId, orderId, method);
  if (!row) throw new Error(`payment ${values.providerPaymentId} of order ${orderId} is recorded for another order`);
  return { ok: true, payment: toView(row, order.holdExpiresAt) };
}

async function paymentOf(tenantId: string, orderId: string, method: 'pix' | 'card') {
  const [row] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.tenantId, tenantId), eq(payments.orderId, orderId), eq(payments.method, method)));
  return row ?? null;
}
