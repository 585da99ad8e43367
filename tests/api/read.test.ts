import { describe, expect, it } from 'vitest';
import { revokeApiKey } from '@/lib/api/keys';
import { createProduct, createTenant, openPizzas } from '../fixtures';
import { callApi } from './contract';
import { keyFor } from './helpers';

async function shop() {
  const tenant = await createTenant();
  const product = await createProduct(tenant.id, { name: 'Portuguesa', priceCents: 1300 });
  await openPizzas(tenant.id, product.id, 2, 8);
  return { tenant, product };
}

describe('GET /menu and /stock', () => {
  it("answer with the key's pizzeria only", async () => {
    const [a, b] = [await shop(), await shop()];
    const { key } = await keyFor(a.tenant.id, ['read']);
    const menu = await callApi('GET', '/menu', { key });
    expect(menu.status).toBe(200);
    expect(menu.body).toEqual({
      isOpen: true,
      flavors: [
        expect.objectContaining({
          productId: a.product.id,
          name: 'Portuguesa',
          priceCents: 1300,
          slicesLeft: 16,
          openPizzas: 2,
        }),
      ],
    });
    const stock = await callApi('GET', '/stock', { key });
    expect(stock.status).toBe(200);
    expect(stock.body.flavors).toEqual([
      { productId: a.product.id, name: 'Portuguesa', slicesLeft: 16, openPizzas: 2 },
    ]);
    expect(stock.body.batches).toHaveLength(2);
    expect(stock.body.batches).toEqual(
      expect.arrayContaining([expect.objectContaining({ productId: a.product.id, free: 8, held: 0, sold: 0 })]),
    );
    expect(JSON.stringify([menu.body, stock.body])).not.toContain(b.product.id);
  });

  it.each(['/menu', '/stock'])(
    'GET %s refuses no key, a malformed one, a revoked one, and one without "read"',
    async (path) => {
      const { tenant } = await shop();
      const revoked = await keyFor(tenant.id, ['read']);
      await revokeApiKey(tenant.id, revoked.id, null);
      const writer = await keyFor(tenant.id, ['orders:write', 'stock:write']);

      const none = await callApi('GET', path);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
      for (const bad of [revoked.key, 'mpk_x', `${revoked.key}x`]) {
        const answer = await callApi('GET', path, { key: bad });
        expect(answer.headers.get('content-type')).toBe('application/problem+json');
        expect(answer.body).toMatchObject({
          type: '/api/v1/problems/unauthenticated',
          status: 401,
          detail: 'Chave de API inválida ou revogada.',
        });
      }
      expect((await callApi('GET', path, { headers: { authorization: 'Basic dXNlcjpwYXNz' } })).status).toBe(401);

      const scoped = await callApi('GET', path, { key: writer.key });
      expect(scoped.status).toBe(403);
      expect(scoped.body).toMatchObject({ type: '/api/v1/problems/insufficient-scope', requiredScope: 'read' });
    },
  );
});
