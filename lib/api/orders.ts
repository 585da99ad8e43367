import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { db } from '@/db/client';
import { orders, payments } from '@/db/schema';
import { getOrderView } from '@/lib/checkout/order-view';
import { placeOrder } from '@/lib/checkout/place-order';
import { releaseOrder } from '@/lib/inventory';
import { orderAccessToken } from '@/lib/orders/access-token';
import type { RateLimiter } from '@/lib/rate-limit';
import { fail, type Result } from '@/lib/result';
import type { VerifiedKey } from './keys';
import type { ApiOrder, PlaceOrderBody } from './order-schemas';

/** The API's own per-key limit runs before any handler (lib/api/handler.ts); the storefront's per-client one does not apply. */
const noClientLimit: RateLimiter = {
  limit: async () => ({ allowed: true, retryAfterSeconds: 0 }),
  refund: async () => {},
};

const notFound = fail({ code: 'order_not_found', message: 'Pedido não encontrado.' });

/** An order of the key's pizzeria, as the API shows it; null when there is none with that code. */
export async function readOrder(key: VerifiedKey, code: string): Promise<ApiOrder | null> {
  const view = await getOrderView(key.tenantId, code);
  if (!view) return null;
  return { ...view, orderUrl: `/${key.tenantSlug}/pedido/${view.code}?t=${orderAccessToken(view.id)}` };
}

/**
 * POST /orders: the storefront's checkout engine (reserve, then start the payment), with the
 * Idempotency-Key as the order's idempotency key. The engine's fingerprint covers items and
 * customer; the payment method is checked here, so one key never stands for two bodies.
 */
export async function placeApiOrder(
  key: VerifiedKey,
  idempotencyKey: string,
  body: PlaceOrderBody,
): Promise<Result<{ order: ApiOrder }>> {
  const placed = await placeOrder(
    {
      tenantId: key.tenantId,
      tenantSlug: key.tenantSlug,
      clientKey: `api:${key.id}`,
      idempotencyKey,
      cart: body.items,
      method: body.method,
      ...body.customer,
    },
    { limiter: noClientLimit },
  );
  if (!placed.ok) return placed;
  const [otherMethod] = await db
    .select({ id: payments.id })
    .from(payments)
    .where(
      and(eq(payments.tenantId, key.tenantId), eq(payments.orderId, placed.order.id), ne(payments.method, body.method)),
    )
    .limit(1);
  if (otherMethod) {
    return fail({
      code: 'idempotency_conflict',
      message: 'Este Idempotency-Key já foi usado com outra forma de pagamento.',
    });
  }
  const order = await readOrder(key, placed.order.code);
  return order ? { ok: true, order } : notFound;
}

/** POST /orders/{code}/cancel: a pending order ends and its slices go back on sale; cancelling twice is fine. */
export async function cancelApiOrder(key: VerifiedKey, code: string): Promise<Result<{ order: ApiOrder }>> {
  const { tenantId } = key;
  const [row] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), eq(orders.code, code)));
  if (!row) return notFound;
  const released = await releaseOrder({ tenantId, orderId: row.id, reason: 'customer_cancelled' });
  if (!released.ok) return released;
  if (released.order.status !== 'CANCELLED') {
    return fail({
      code: 'order_closed',
      message: 'Este pedido não está mais aguardando pagamento: não dá para cancelá-lo pela API.',
      status: released.order.status,
    });
  }
  const order = await readOrder(key, code);
  return order ? { ok: true, order } : notFound;
}
