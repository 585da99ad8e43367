import { env } from '@/lib/env.js';
import { orderAccessToken } from '@/lib/orders/access-token';

const base = () => env.APP_URL.replace(/\/$/, '');

/** The customer's order page (contract with the storefront): `/{slug}/pedido/{code}?t=token`. */
export function orderPath(tenantSlug: string, order: { id: string; code: string }) {
  return `/${tenantSlug}/pedido/${order.code}?t=${orderAccessToken(order.id)}`;
}

export const orderUrl = (tenantSlug: string, order: { id: string; code: string }) =>
  `${base()}${orderPath(tenantSlug, order)}`;

/**
 * What to paste into Mercado Pago. It names the tenant (by id, which never changes) so the
 * webhook knows whose secret to check; `source_news=webhooks` turns off unsigned legacy IPN calls.
 */
export function notificationUrl(tenantId: string) {
  return `${base()}/api/webhooks/mercadopago?tenant=${tenantId}&source_news=webhooks`;
}

export const devPaymentPath = (tenantSlug: string, devPaymentId: string) =>
  `/${tenantSlug}/pagamento-teste/${devPaymentId}`;
