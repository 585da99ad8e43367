import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { paymentCredentials } from '@/db/schema';
import { invalidInput } from '@/lib/result';
import type { Result } from '../errors';
import { decryptSecret, encryptSecret } from './cipher';

export type MercadoPagoCredentials = { accessToken: string; webhookSecret: string };

const schema = z.object({
  tenantId: z.uuid({ error: 'identificador inválido' }),
  accessToken: z
    .string()
    .trim()
    .min(20, 'o access token do Mercado Pago é mais longo')
    .max(300, 'access token longo demais')
    .regex(/^(APP_USR|TEST)-[\w-]+$/, 'o access token do Mercado Pago começa com APP_USR- ou TEST-'),
  webhookSecret: z
    .string()
    .trim()
    .min(16, 'a assinatura secreta do webhook é mais longa')
    .max(200, 'assinatura secreta longa demais'),
});

const context = (tenantId: string, field: string) => `payment-credentials:${tenantId}:${field}`;

/** Stores (or replaces) a pizzeria's Mercado Pago account, encrypted at rest. */
export async function saveMercadoPagoCredentials(
  tenantId: string,
  input: MercadoPagoCredentials,
): Promise<Result<{ accessTokenHint: string }>> {
  const parsed = schema.safeParse({ tenantId, ...input });
  if (!parsed.success) return invalidInput(parsed.error);
  const { accessToken, webhookSecret } = parsed.data;
  const row = {
    tenantId,
    accessTokenEncrypted: encryptSecret(accessToken, context(tenantId, 'access_token')),
    webhookSecretEncrypted: encryptSecret(webhookSecret, context(tenantId, 'webhook_secret')),
    accessTokenHint: accessToken.slice(-4),
  };
  await db
    .insert(paymentCredentials)
    .values(row)
    .onConflictDoUpdate({ target: paymentCredentials.tenantId, set: { ...row, updatedAt: sql`now()` } });
  return { ok: true, accessTokenHint: row.accessTokenHint };
}

/** For the settings page: whether an account is set, and which (never the secrets). */
export async function getMercadoPagoCredentialsStatus(
  tenantId: string,
): Promise<{ configured: boolean; accessTokenHint?: string }> {
  if (!z.uuid().safeParse(tenantId).success) return { configured: false };
  const [row] = await db
    .select({ hint: paymentCredentials.accessTokenHint })
    .from(paymentCredentials)
    .where(eq(paymentCredentials.tenantId, tenantId));
  return row ? { configured: true, accessTokenHint: `…${row.hint}` } : { configured: false };
}

export async function loadMercadoPagoCredentials(tenantId: string): Promise<MercadoPagoCredentials | null> {
  const [row] = await db.select().from(paymentCredentials).where(eq(paymentCredentials.tenantId, tenantId));
  if (!row) return null;
  return {
    accessToken: decryptSecret(row.accessTokenEncrypted, context(tenantId, 'access_token')),
    webhookSecret: decryptSecret(row.webhookSecretEncrypted, context(tenantId, 'webhook_secret')),
  };
}
