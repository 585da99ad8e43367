import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { orders } from '@/db/schema';
import { GET as getMenu } from '@/app/api/t/[tenant]/menu/route';
import { GET as getOrder } from '@/app/api/t/[tenant]/pedido/[code]/route';
import { placeOrderAction } from '@/app/[tenant]/checkout/actions';
import { cancelOrderAction, extendHoldAction } from '@/app/[tenant]/pedido/[code]/actions';
import { createProduct, createTenant, key, openPizzas, sliceCounts } from '../fixtures';

vi.mock('next/headers', async () => ({ headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.7' }) }));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

async function shop() {
  const tenant = await createTenant();
  const product = await createProduct(tenant.id, { name: 'Calabresa', priceCents: 1100 });
  await openPizzas(tenant.id, product.id, 1, 8);
  return { tenant, product };
}

const checkout = (slug: string, productId: string, over: Record<string, string> = {}) =>
  form({
    tenantSlug: slug,
    idempotencyKey: key(),
    cart: JSON.stringify([{ productId, quantity: 2 }]),
    method: 'pix',
    name: 'Ana Souza',
    phone: '11 91234-5678',
    email: 'ana@example.com',
    ...over,
  });

describe('checkout action', () => {
  it('places the order and answers with its link', async () => {
    const { tenant, product } = await shop();
    const result = await placeOrderAction(null, checkout(tenant.slug, product.id));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.orderUrl).toMatch(new RegExp(`^/${tenant.slug}/pedido/[A-Z0-9]+\\?t=`));
    expect(result.redirectUrl).toBeUndefined(); // PIX is paid from the order page
    expect(await sliceCounts(tenant.id)).toMatchObject({ RESERVED: 2 });
  });

  it('answers every kind of bad input with a message and writes nothing', async () => {
    const { tenant, product } = await shop();
    const bad: Record<string, string>[] = [
      { cart: 'not json' },
      { cart: JSON.stringify([{ productId: product.id, quantity: -1 }]) },
      { cart: JSON.stringify([{ productId: 'x', quantity: 1 }]) },
      { cart: 'x'.repeat(10_000) },
      { idempotencyKey: 'short' },
      { idempotencyKey: "'; DROP TABLE orders; --" },
      { method: 'boleto' },
      { phone: '' },
      { email: `${'a'.repeat(200)}@x.com` },
      { tenantSlug: 'nao-existe-mesmo' },
    ];
    for (const over of bad) {
      const result = await placeOrderAction(null, checkout(tenant.slug, product.id, over));
      expect(result.ok, JSON.stringify(over)).toBe(false);
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(5);
    }
    const other = await createProduct((await createTenant()).id);
    const foreign = await placeOrderAction(null, checkout(tenant.slug, other.id));
    expect(foreign).toMatchObject({ ok: false, error: { code: 'unknown_product' } });
    expect(await db.select().from(orders).where(eq(orders.tenantId, tenant.id))).toHaveLength(0);
    expect(await sliceCounts(tenant.id)).toMatchObject({ AVAILABLE: 8, RESERVED: 0 });
  });
});

describe('order link actions and routes', () => {
  async function placed() {
    const { tenant, product } = await shop();
    const result = await placeOrderAction(null, checkout(tenant.slug, product.id));
    if (!result.ok) throw new Error(result.error.message);
    const url = new URL(result.orderUrl, 'http://x');
    const [, , , code] = url.pathname.split('/');
    return { tenant, code: code!, token: url.searchParams.get('t')! };
  }

  it('extend once, then cancel: slices back on sale', async () => {
    const { tenant, code, token } = await placed();
    const link = { slug: tenant.slug, code, token };
    expect(await extendHoldAction(null, form(link))).toEqual({ ok: true, holdExpiresAt: expect.any(String) });
    expect(await extendHoldAction(null, form(link))).toMatchObject({
      ok: false,
      error: { code: 'hold_already_extended' },
    });
    expect(await cancelOrderAction(null, form(link))).toEqual({ ok: true });
    expect(await sliceCounts(tenant.id)).toMatchObject({ AVAILABLE: 8, RESERVED: 0 });
  });

  it('refuse a wrong token or a malformed link and change nothing', async () => {
    const { tenant, code, token } = await placed();
    for (const link of [
      { slug: tenant.slug, code, token: `x${token.slice(1)}` },
      { slug: tenant.slug, code: '!!', token },
      { slug: 'outra', code, token },
    ]) {
      expect(await cancelOrderAction(null, form(link))).toMatchObject({
        ok: false,
        error: { code: 'order_not_found' },
      });
    }
    expect(await cancelOrderAction(null, form({ slug: tenant.slug }))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await sliceCounts(tenant.id)).toMatchObject({ RESERVED: 2 });
  });

  it('GET the order with its token only; GET the menu of a real pizzeria only', async () => {
    const { tenant, code, token } = await placed();
    const params = (p: object) => ({ params: Promise.resolve(p) }) as never;
    const ok = await getOrder(
      new NextRequest(`http://x/api/t/${tenant.slug}/pedido/${code}?t=${token}`),
      params({ tenant: tenant.slug, code }),
    );
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ code, status: 'PENDING', payment: { provider: 'dev', method: 'pix' } });
    const wrong = await getOrder(
      new NextRequest(`http://x/api/t/${tenant.slug}/pedido/${code}?t=nope`),
      params({ tenant: tenant.slug, code }),
    );
    expect(wrong.status).toBe(404);

    const menu = await getMenu(new Request('http://x'), params({ tenant: tenant.slug }));
    expect(await menu.json()).toMatchObject({ isOpen: true, flavors: [{ name: 'Calabresa', slicesLeft: 6 }] });
    expect((await getMenu(new Request('http://x'), params({ tenant: 'nao-existe' }))).status).toBe(404);
  });
});
