import { env } from '@/lib/env.js';
import { log } from '@/lib/observability/log';
import { loadMercadoPagoCredentials } from './credentials';
import { CredentialsDecryptError } from './credentials/cipher';
import { devProvider } from './dev/provider';
import { devWebhookSecret } from './dev/secret';
import { mercadoPagoProvider } from './mercadopago/provider';
import type { PaymentProvider, ProviderName } from './types';

export type TenantProvider = { provider: PaymentProvider; webhookSecret: string };

/**
 * Mercado Pago when the pizzeria has its credentials, else the dev provider (when enabled:
 * never by default in production). `name` pins the provider a stored payment was made with.
 */
export async function providerFor(
  tenant: { id: string; slug: string },
  name?: ProviderName,
): Promise<TenantProvider | null> {
  let credentials: Awaited<ReturnType<typeof loadMercadoPagoCredentials>> | null;
  try {
    credentials = name === 'dev' ? null : await loadMercadoPagoCredentials(tenant.id);
  } catch (err) {
    if (!(err instanceof CredentialsDecryptError)) throw err;
    // Never fall back to the dev provider: this pizzeria takes real payments.
    log.error(
      { err, tenantId: tenant.id },
      'payment credentials unreadable (was CREDENTIALS_KEY changed?): payments are off for this tenant',
    );
    return null;
  }
  if (credentials) return { provider: mercadoPagoProvider(credentials), webhookSecret: credentials.webhookSecret };
  if (name === 'mercadopago' || !env.PAYMENTS_DEV_PROVIDER) return null;
  return { provider: devProvider(tenant), webhookSecret: devWebhookSecret(tenant.id) };
}
