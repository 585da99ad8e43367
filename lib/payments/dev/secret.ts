import { createHmac } from 'node:crypto';
import { env } from '@/lib/env.js';

/** The dev provider's webhook secret for a tenant: derived from APP_SECRET, never stored. */
export function devWebhookSecret(tenantId: string) {
  return createHmac('sha256', env.APP_SECRET).update(`dev-payments-webhook:${tenantId}`).digest('hex');
}
