import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { paymentCredentials } from '@/db/schema';
import { getMercadoPagoCredentialsStatus, saveMercadoPagoCredentials, startPayment } from '@/lib/payments';
import { CredentialsDecryptError, decryptSecret, encryptSecret } from '@/lib/payments/credentials/cipher';
import { loadMercadoPagoCredentials } from '@/lib/payments/credentials';
import { createTenant } from '../fixtures';
import { deliver, pendingOrder, shop } from './helpers';

const TOKEN = 'APP_USR-1234567890123456-112233-0123456789abcdef0123456789abcdef-987654321';
const SECRET = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2';

describe('payment credentials at rest', () => {
  it('round-trips through AES-256-GCM; the stored text holds neither secret; the status shows only a hint', async () => {
    const tenant = await createTenant();
    expect(await getMercadoPagoCredentialsStatus(tenant.id)).toEqual({ configured: false });
    expect(await saveMercadoPagoCredentials(tenant.id, { accessToken: TOKEN, webhookSecret: SECRET })).toEqual({
      ok: true,
      accessTokenHint: '4321',
    });

    const [stored] = await db.select().from(paymentCredentials).where(eq(paymentCredentials.tenantId, tenant.id));
    expect(JSON.stringify(stored)).not.toContain(TOKEN.slice(10, 30));
    expect(JSON.stringify(stored)).not.toContain(SECRET.slice(0, 20));
    expect(await loadMercadoPagoCredentials(tenant.id)).toEqual({ accessToken: TOKEN, webhookSecret: SECRET });
    expect(await getMercadoPagoCredentialsStatus(tenant.id)).toEqual({ configured: true, accessTokenHint: '…4321' });

    // Saving again replaces them.
    const next = TOKEN.replace(/4321$/, '9999');
    await saveMercadoPagoCredentials(tenant.id, { accessToken: next, webhookSecret: SECRET });
    expect((await loadMercadoPagoCredentials(tenant.id))!.accessToken).toBe(next);
  });

  it('the same plaintext encrypts differently each time; another key or another context cannot decrypt', () => {
    const a = encryptSecret(TOKEN, 'payment-credentials:t1:access_token');
    expect(encryptSecret(TOKEN, 'payment-credentials:t1:access_token')).not.toBe(a);
    expect(decryptSecret(a, 'payment-credentials:t1:access_token')).toBe(TOKEN);
    expect(() => decryptSecret(a, 'payment-credentials:t1:access_token', randomBytes(32))).toThrow(
      CredentialsDecryptError,
    );
    // Copied onto another tenant's row, or into the other field: refused.
    expect(() => decryptSecret(a, 'payment-credentials:t2:access_token')).toThrow(CredentialsDecryptError);
    expect(() => decryptSecret(a, 'payment-credentials:t1:webhook_secret')).toThrow(CredentialsDecryptError);
    const [v, iv, tag, body] = a.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() =>
      decryptSecret([v, iv, tag, flipped.toString('base64url')].join('.'), 'payment-credentials:t1:access_token'),
    ).toThrow(CredentialsDecryptError);
    expect(() => decryptSecret('garbage', 'x')).toThrow(CredentialsDecryptError);
  });

  it('credentials under another key turn payments off for that pizzeria (never the dev provider), without a crash', async () => {
    const { product, tenant } = await shop();
    const otherKey = randomBytes(32);
    await db.insert(paymentCredentials).values({
      tenantId: tenant.id,
      accessTokenEncrypted: encryptSecret(TOKEN, `payment-credentials:${tenant.id}:access_token`, otherKey),
      webhookSecretEncrypted: encryptSecret(SECRET, `payment-credentials:${tenant.id}:webhook_secret`, otherKey),
      accessTokenHint: '4321',
    });
    const order = await pendingOrder(tenant.id, product.id, 1);
    expect(await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'pix' })).toMatchObject({
      ok: false,
      error: { code: 'payments_unavailable' },
    });
    expect((await deliver(tenant, '123', { secret: SECRET })).status).toBe(404);
  });

  it('refuses what is not a Mercado Pago token or secret, storing nothing', async () => {
    const tenant = await createTenant();
    const bad = await saveMercadoPagoCredentials(tenant.id, { accessToken: 'hello', webhookSecret: 'short' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(
      await saveMercadoPagoCredentials('not-a-tenant', { accessToken: TOKEN, webhookSecret: SECRET }),
    ).toMatchObject({ ok: false });
    expect(await getMercadoPagoCredentialsStatus(tenant.id)).toEqual({ configured: false });
    expect(await getMercadoPagoCredentialsStatus('not-a-tenant')).toEqual({ configured: false });
  });
});
