import type { Order } from '@/db/schema';
import { reserveSlices, type InventoryError } from '@/lib/inventory';
import { orderAccessToken } from '@/lib/orders/access-token';
import { startPayment, type PaymentView } from '@/lib/payments';
import { createRateLimiter, type RateLimiter } from '@/lib/rate-limit';
import { fail, type Result } from '@/lib/result';
import type { CheckoutInput } from './checkout-schema';

export type PlaceOrderError =
  | InventoryError
  | { code: 'rate_limited'; message: string; retryAfterSeconds: number }
  | { code: 'payment_unavailable'; message: string };

export type PlacedOrder = { order: Order; payment: PaymentView; orderUrl: string };

/** Order attempts per client address and pizzeria: a person rarely places more than a few a minute. */
export const ORDER_LIMIT = { prefix: 'orders', limit: 10, windowSeconds: 60 } as const;
const orderLimiter = createRateLimiter(ORDER_LIMIT);

/**
 * Reserves the cart's slices and starts its payment. Safe to repeat with the same idempotency
 * key: the same order comes back and its payment is started at most once, so a retry after a
 * failed payment start (or a double tap) never holds slices twice.
 */
export async function placeOrder(
  input: CheckoutInput & { tenantId: string; clientKey: string },
  deps: { limiter: RateLimiter } = { limiter: orderLimiter },
): Promise<Result<PlacedOrder, PlaceOrderError>> {
  const decision = await deps.limiter.limit(`${input.tenantId}:${input.clientKey}`);
  if (!decision.allowed) {
    return fail({
      code: 'rate_limited',
      message: `Muitos pedidos em pouco tempo. Tente de novo em ${decision.retryAfterSeconds} s.`,
      retryAfterSeconds: decision.retryAfterSeconds,
    });
  }

  const reserved = await reserveSlices({
    tenantId: input.tenantId,
    idempotencyKey: input.idempotencyKey,
    items: input.cart,
    customer: { name: input.name, phone: input.phone, email: input.email },
  });
  if (!reserved.ok) return reserved;
  const { order } = reserved;

  const started = await startPayment({ tenantId: input.tenantId, orderId: order.id, method: input.method });
  if (!started.ok) {
    return fail({
      code: 'payment_unavailable',
      message: 'Não conseguimos iniciar o pagamento agora. Seus pedaços seguem reservados: tente de novo.',
    });
  }
  const orderUrl = `/${input.tenantSlug}/pedido/${order.code}?t=${orderAccessToken(order.id)}`;
  return { ok: true, order, payment: started.payment, orderUrl };
}
