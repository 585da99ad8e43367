import { describe, expect, it } from 'vitest';
import { GET as getMenu } from '@/app/api/v1/menu/route';
import { GET as getStock } from '@/app/api/v1/stock/route';
import { revokeApiKey } from '@/lib/api/keys';
import { createProduct, createTenant, openPizzas } from '../fixtures';
import { apiRequest, keyFor, noParams, read } from './helpers';

async function shop() {
  const tenant = await createTenant();
  const product = await createProduct(tenant.id, { name: 'Portuguesa', priceCents: 1300 });
  await openPizzas(tenant.id, product.id, 2, 8);
  return { tenant, product };
}

const ROUTES = [
  ['GET /menu', getMenu, '/menu'],
  ['GET /stock', getStock, '/stock'],
] as const;

describe('GET /menu and /stock', () => {
  it("answer with the key's pizzeria only", async () => {
    const [a, b] = [await shop(), await shop()];
    const { key } = await keyFor(a.tenant.id, ['read']);
    const menu = await read(await getMenu(apiRequest('/menu', { key }), noParams));
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
    const stock = await read(await getStock(apiRequest('/stock', { key }), noParams));
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

  it.each(ROUTES)(
    '%s refuses no key, a malformed one, a revoked one, and one without "read"',
    async (_name, handler, path) => {
      const { tenant } = await shop();
      const revoked = await keyFor(tenant.id, ['read']);
      await revokeApiKey(tenant.id, revoked.id, null);
      const writer = await keyFor(tenant.id, ['orders:write', 'stock:write']);

      const none = await handler(apiRequest(path), noParams);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
      for (const bad of [revoked.key, 'mpk_x', `${revoked.key}x`]) {
        const answer = await read(await handler(apiRequest(path, { key: bad }), noParams));
        expect(answer).toMatchObject({ status: 401, type: 'application/problem+json' });
        expect(answer.body).toMatchObject({
          type: '/api/v1/problems/unauthenticated',
          status: 401,
          detail: 'Chave de API inválida ou revogada.',
        });
      }
      const basic = await handler(apiRequest(path, { headers: { authorization: 'Basic dXNlcjpwYXNz' } }), noParams);
      expect(basic.status).toBe(401);

      const scoped = await read(await handler(apiRequest(path, { key: writer.key }), noParams));
      expect(scoped).toMatchObject({ status: 403, type: 'application/problem+json' });
      expect(scoped.body).toMatchObject({ type: '/api/v1/problems/insufficient-scope', requiredScope: 'read' });
    },
  );
});
