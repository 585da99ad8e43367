import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { devProviderPayments, orders, tenants } from '@/db/schema';
import { env } from '@/lib/env.js';
import { isIdParam, isSlugParam } from '@/lib/validation/params';
import { fail, type Result } from '../errors';
import { orderPath } from '../links';
import { receiveNotification } from '../webhook/receive';
import { signNotification } from '../webhook/signature';
import { devWebhookSecret } from './secret';

/** What the dev payment page shows: the payment, its order and its pizzeria. */
export async function getDevPayment(tenantSlug: string, devPaymentId: string) {
  if (!env.PAYMENTS_DEV_PROVIDER || !isSlugParam(tenantSlug) || !isIdParam(devPaymentId)) return null;
  const [row] = await db
    .select({
      payment: devProviderPayments,
      tenant: { id: tenants.id, slug: tenants.slug, name: tenants.name },
      order: { id: orders.id, code: orders.code, status: orders.status, holdExpiresAt: orders.holdExpiresAt },
    })
    .from(devProviderPayments)
    .innerJoin(tenants, eq(tenants.id, devProviderPayments.tenantId))
    .innerJoin(
      orders,
      and(
        eq(orders.tenantId, devProviderPayments.tenantId),
        sql`${orders.id}::text = ${devProviderPayments.externalReference}`,
      ),
    )
    .where(and(eq(tenants.slug, tenantSlug), eq(devProviderPayments.id, devPaymentId)));
  return row ? { ...row, orderPath: orderPath(row.tenant.slug, row.order) } : null;
}

/**
 * "Pagar" / "Recusar" on the dev payment page: the dev provider changes its own books, then
 * notifies us exactly as Mercado Pago would (signed with the tenant's dev secret) through the
 * same handler the webhook route calls. Deciding twice changes nothing.
 */
export async function decideDevPayment(
  tenantSlug: string,
  devPaymentId: string,
  decision: 'approve' | 'decline',
): Promise<Result<{ orderPath: string }>> {
  const found = await getDevPayment(tenantSlug, devPaymentId);
  if (!found) return fail({ code: 'order_not_found', message: 'Pagamento de teste não encontrado.' });
  const { tenant, payment } = found;

  await db
    .update(devProviderPayments)
    .set({ status: decision === 'approve' ? 'approved' : 'rejected', updatedAt: sql`now()` })
    .where(
      and(
        eq(devProviderPayments.tenantId, tenant.id),
        eq(devProviderPayments.id, payment.id),
        eq(devProviderPayments.status, 'pending'),
      ),
    );

  const xRequestId = randomUUID();
  const query = new URLSearchParams({
    tenant: tenant.id,
    source_news: 'webhooks',
    'data.id': payment.id,
    type: 'payment',
  });
  const answer = await receiveNotification({
    url: `${env.APP_URL.replace(/\/$/, '')}/api/webhooks/mercadopago?${query}`,
    headers: new Headers({
      'content-type': 'application/json',
      'x-request-id': xRequestId,
      'x-signature': signNotification({ dataId: payment.id, xRequestId, secret: devWebhookSecret(tenant.id) }),
    }),
    readBody: async () =>
      JSON.stringify({
        id: xRequestId,
        type: 'payment',
        action: 'payment.updated',
        live_mode: false,
        data: { id: payment.id },
      }),
  });
  if (answer.status >= 300) {
    return fail({
      code: 'provider_error',
      message: 'O pagamento de teste não pôde ser processado.',
      providerStatus: answer.status,
    });
  }
  return { ok: true, orderPath: found.orderPath };
}
