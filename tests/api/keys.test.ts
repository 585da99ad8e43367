import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { apiKeys } from '@/db/schema';
import { createApiKey, listApiKeys, revokeApiKey, verifyApiKey } from '@/lib/api/keys';
import { hashSecret } from '@/lib/api/key-format';
import { createTenant } from '../fixtures';

describe('API keys', () => {
  it('are shown once and stored only as a hash of their secret, found by their prefix', async () => {
    const tenant = await createTenant();
    const created = await createApiKey(tenant.id, { name: 'Totem', scopes: ['read'] }, null);
    if (!created.ok) throw new Error(created.error.message);
    expect(created.key).toMatch(/^mpk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    // mpk_ + 12-character prefix + _ : the rest is the secret (base64url, which may hold "_" itself).
    const [prefix, secret] = [created.key.slice(4, 16), created.key.slice(17)];
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, created.apiKey.id));
    expect(row!.prefix).toBe(prefix);
    expect(row!.secretHash).toBe(hashSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(JSON.stringify(await listApiKeys(tenant.id))).not.toContain(secret);
    expect(await verifyApiKey(created.key)).toEqual({
      id: row!.id,
      tenantId: tenant.id,
      tenantSlug: tenant.slug,
      scopes: ['read'],
    });
  });

  it('refuse a wrong secret, a made-up key and a revoked key alike', async () => {
    const tenant = await createTenant();
    const created = await createApiKey(tenant.id, { name: 'App', scopes: ['read', 'orders:write'] }, null);
    if (!created.ok) throw new Error(created.error.message);
    const last = created.key.at(-1) === 'A' ? 'B' : 'A';
    expect(await verifyApiKey(`${created.key.slice(0, -1)}${last}`)).toBeNull();
    expect(await verifyApiKey(`mpk_aaaaaaaaaaaa_${'A'.repeat(43)}`)).toBeNull();
    expect(await verifyApiKey('not a key')).toBeNull();
    expect(await revokeApiKey(tenant.id, created.apiKey.id, null)).toEqual({ ok: true });
    expect(await verifyApiKey(created.key)).toBeNull();
    const [listed] = await listApiKeys(tenant.id);
    expect(listed!.revokedAt).toBeInstanceOf(Date);
  });

  it('record their last use, and another pizzeria cannot revoke them', async () => {
    const [tenant, other] = [await createTenant(), await createTenant()];
    const created = await createApiKey(tenant.id, { name: 'POS', scopes: ['stock:write'] }, null);
    if (!created.ok) throw new Error(created.error.message);
    expect((await listApiKeys(tenant.id))[0]!.lastUsedAt).toBeNull();
    await verifyApiKey(created.key);
    expect((await listApiKeys(tenant.id))[0]!.lastUsedAt).toBeInstanceOf(Date);
    expect(await revokeApiKey(other.id, created.apiKey.id, null)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await verifyApiKey(created.key)).not.toBeNull();
  });

  it('need a name and known scopes', async () => {
    const tenant = await createTenant();
    const bad = await createApiKey(tenant.id, { name: ' ', scopes: ['admin' as 'read'] }, null);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await listApiKeys(tenant.id)).toEqual([]);
  });
});
