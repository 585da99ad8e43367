import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { POST } from '@/app/api/webhooks/mercadopago/route';
import { db } from '@/db/client';
import { orders, outboxEvents, payments, type Tenant } from '@/db/schema';
import { reserveSlices } from '@/lib/inventory';
import { saveMercadoPagoCredentials } from '@/lib/payments';
import { signNotification } from '@/lib/payments/webhook/signature';
import { createProduct, createTenant, key, openPizzas } from '../fixtures';

export const WEBHOOK_SECRET = 'mp-webhook-secret-for-tests-0123456789';

/** A pizzeria with one flavor on sale (one pizza of `slices`), optionally with Mercado Pago. */
export async function shop({ slices = 8, mercadoPago = false } = {}) {
  const tenant = await createTenant();
  const product = await createProduct(tenant.id, { priceCents: 1250 });
  await openPizzas(tenant.id, product.id, 1, slices);
  if (mercadoPago) {
    const saved = await saveMercadoPagoCredentials(tenant.id, {
      accessToken: `TEST-${randomUUID()}-test-token`,
      webhookSecret: WEBHOOK_SECRET,
    });
    if (!saved.ok) throw new Error(saved.error.message);
  }
  return { tenant, product };
}

export async function pendingOrder(tenantId: string, productId: string, quantity = 2) {
  const result = await reserveSlices({
    tenantId,
    idempotencyKey: key(),
    items: [{ productId, quantity }],
    customer: { name: 'Ana', phone: '11999990000', email: 'ana@example.com' },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.order;
}

/** Posts a notification to the webhook route the way Mercado Pago does. */
export async function deliver(
  tenant: Pick<Tenant, 'id'>,
  dataId: string,
  opts: {
    secret?: string;
    action?: string;
    notificationId?: string;
    ts?: number;
    signature?: string | null;
    body?: string;
    requestId?: string;
  } = {},
) {
  const requestId = opts.requestId ?? randomUUID();
  const url = `http://localhost:3000/api/webhooks/mercadopago?tenant=${tenant.id}&source_news=webhooks&data.id=${dataId}&type=payment`;
  const headers = new Headers({ 'content-type': 'application/json', 'x-request-id': requestId });
  const signature =
    opts.signature === undefined
      ? signNotification({ dataId, xRequestId: requestId, secret: opts.secret ?? WEBHOOK_SECRET, ts: opts.ts })
      : opts.signature;
  if (signature !== null) headers.set('x-signature', signature);
  const body =
    opts.body ??
    JSON.stringify({
      id: opts.notificationId ?? Math.floor(Math.random() * 1e12),
      live_mode: false,
      type: 'payment',
      date_created: new Date().toISOString(),
      user_id: 44444,
      api_version: 'v1',
      action: opts.action ?? 'payment.updated',
      data: { id: dataId },
    });
  const response = await POST(new Request(url, { method: 'POST', headers, body }));
  return {
    status: response.status,
    body: (await response.json()) as { ok: boolean; outcome?: string; message?: string },
  };
}

export async function orderRow(orderId: string) {
  return (await db.select().from(orders).where(eq(orders.id, orderId)))[0]!;
}

export async function paymentRow(orderId: string) {
  return (await db.select().from(payments).where(eq(payments.orderId, orderId)))[0]!;
}

export async function eventsOf(tenantId: string, type: string) {
  return db
    .select()
    .from(outboxEvents)
    .where(and(eq(outboxEvents.tenantId, tenantId), eq(outboxEvents.type, type)));
}

export async function notificationCount(tenantId: string) {
  const [row] = await db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM payment_notifications WHERE tenant_id = ${tenantId}`,
  );
  return row!.n;
}
