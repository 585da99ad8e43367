import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { orders } from '@/db/schema';
import { getOrderPayment } from '@/lib/payments';
import { checkoutSchema } from '@/lib/checkout/checkout-schema';
import { findOrderByLink } from '@/lib/checkout/order-link';
import { placeOrder } from '@/lib/checkout/place-order';
import { createMemoryRateLimiter } from '@/lib/rate-limit';
import { createProduct, createTenant, key, openPizzas, sliceCounts } from '../fixtures';

const customer = { name: 'Ana Souza', phone: '+5511912345678', email: 'ana@example.com' };
const roomy = () => ({ limiter: createMemoryRateLimiter({ prefix: 't', limit: 100, windowSeconds: 60 }) });

async function shop() {
  const tenant = await createTenant();
  const product = await createProduct(tenant.id, { name: 'Margherita', priceCents: 1200 });
  await openPizzas(tenant.id, product.id, 1, 8);
  return { tenant, product };
}

describe('placeOrder', () => {
  it('reserves the cart, starts its payment and answers with the order link', async () => {
    const { tenant, product } = await shop();
    const placed = await placeOrder(
      {
        ...customer,
        tenantId: tenant.id,
        tenantSlug: tenant.slug,
        idempotencyKey: key(),
        cart: [{ productId: product.id, quantity: 3 }],
        method: 'pix',
        clientKey: 'a',
      },
      roomy(),
    );
    if (!placed.ok) throw new Error(placed.error.message);
    expect(placed.order.totalCents).toBe(3600);
    expect(placed.payment).toMatchObject({ provider: 'dev', method: 'pix', amountCents: 3600 });
    expect(placed.payment.pix?.qrCode).toBeTruthy();
    expect(await sliceCounts(tenant.id)).toMatchObject({ AVAILABLE: 5, RESERVED: 3 });

    const url = new URL(placed.orderUrl, 'http://x');
    expect(url.pathname).toBe(`/${tenant.slug}/pedido/${placed.order.code}`);
    const found = await findOrderByLink({
      slug: tenant.slug,
      code: placed.order.code,
      token: url.searchParams.get('t'),
    });
    expect(found?.view).toMatchObject({
      status: 'PENDING',
      totalCents: 3600,
      items: [{ name: 'Margherita', quantity: 3 }],
    });
  });

  it('a double tap (same key) gives the same order and one payment', async () => {
    const { tenant, product } = await shop();
    const input = {
      ...customer,
      tenantId: tenant.id,
      tenantSlug: tenant.slug,
      idempotencyKey: key(),
      cart: [{ productId: product.id, quantity: 2 }],
      method: 'pix' as const,
      clientKey: 'a',
    };
    const [a, b] = await Promise.all([placeOrder(input, roomy()), placeOrder(input, roomy())]);
    if (!a.ok || !b.ok) throw new Error('both taps should succeed');
    expect(b.order.id).toBe(a.order.id);
    expect(b.payment.id).toBe(a.payment.id);
    expect(await sliceCounts(tenant.id)).toMatchObject({ RESERVED: 2 });
    expect((await getOrderPayment(tenant.id, a.order.id))?.id).toBe(a.payment.id);
  });

  it('refuses past the rate limit, says when to retry, and writes nothing', async () => {
    const { tenant, product } = await shop();
    const deps = { limiter: createMemoryRateLimiter({ prefix: 't', limit: 1, windowSeconds: 60 }, () => 0) };
    const input = (idempotencyKey: string) => ({
      ...customer,
      tenantId: tenant.id,
      tenantSlug: tenant.slug,
      idempotencyKey,
      cart: [{ productId: product.id, quantity: 1 }],
      method: 'pix' as const,
      clientKey: 'same-phone',
    });
    expect((await placeOrder(input(key()), deps)).ok).toBe(true);
    const refused = await placeOrder(input(key()), deps);
    expect(refused).toMatchObject({ ok: false, error: { code: 'rate_limited', retryAfterSeconds: 60 } });
    if (!refused.ok) expect(refused.error.message).toMatch(/Tente de novo em 60 s/);
    expect(await db.select().from(orders).where(eq(orders.tenantId, tenant.id))).toHaveLength(1);
  });

  it('sold out: says what is left and writes no order', async () => {
    const { tenant, product } = await shop();
    const placed = await placeOrder(
      {
        ...customer,
        tenantId: tenant.id,
        tenantSlug: tenant.slug,
        idempotencyKey: key(),
        cart: [{ productId: product.id, quantity: 9 }],
        method: 'card',
        clientKey: 'a',
      },
      roomy(),
    );
    expect(placed).toMatchObject({
      ok: false,
      error: { code: 'sold_out', availability: [{ productId: product.id, requested: 9, available: 8 }] },
    });
    expect(await sliceCounts(tenant.id)).toMatchObject({ AVAILABLE: 8, RESERVED: 0 });
  });
});

describe('order links', () => {
  it('open only with the right token, under the right pizzeria', async () => {
    const { tenant, product } = await shop();
    const other = await createTenant();
    const placed = await placeOrder(
      {
        ...customer,
        tenantId: tenant.id,
        tenantSlug: tenant.slug,
        idempotencyKey: key(),
        cart: [{ productId: product.id, quantity: 1 }],
        method: 'pix',
        clientKey: 'a',
      },
      roomy(),
    );
    if (!placed.ok) throw new Error(placed.error.message);
    const token = new URL(placed.orderUrl, 'http://x').searchParams.get('t')!;
    const code = placed.order.code;
    expect(await findOrderByLink({ slug: tenant.slug, code, token })).not.toBeNull();
    expect(await findOrderByLink({ slug: other.slug, code, token })).toBeNull();
    expect(await findOrderByLink({ slug: tenant.slug, code, token: `${token.slice(1)}x` })).toBeNull();
    expect(await findOrderByLink({ slug: tenant.slug, code, token: null })).toBeNull();
    expect(await findOrderByLink({ slug: tenant.slug, code: "x' OR 1=1", token })).toBeNull();
  });
});

describe('checkout form', () => {
  const valid = {
    tenantSlug: 'pizzaria-demo',
    idempotencyKey: randomUUID(),
    cart: JSON.stringify([{ productId: randomUUID(), quantity: 2 }]),
    method: 'pix',
    name: '  Ana Souza ',
    phone: '(11) 91234-5678',
    email: 'Ana@Example.com',
  };
  const messages = (input: object) => {
    const parsed = checkoutSchema.safeParse(input);
    return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('normalizes what people type', () => {
    expect(checkoutSchema.parse(valid)).toMatchObject({
      name: 'Ana Souza',
      phone: '+5511912345678',
      email: 'ana@example.com',
    });
    expect(checkoutSchema.parse({ ...valid, phone: '+55 21 3456-7890' }).phone).toBe('+552134567890');
  });

  it('explains each bad field in Portuguese', () => {
    expect(messages({ ...valid, name: 'A', phone: '1234', email: 'ana@', method: 'boleto' })).toEqual({
      name: 'Informe seu nome.',
      phone: 'Informe o WhatsApp com DDD, ex.: (11) 91234-5678.',
      email: 'Informe um e-mail válido, ex.: voce@exemplo.com.',
      method: 'Escolha PIX ou cartão.',
    });
    expect(messages({ ...valid, cart: '[]' })).toEqual({ cart: 'Seu carrinho está vazio.' });
    expect(messages({ ...valid, cart: '{not json' })).toEqual({ cart: 'Carrinho inválido: recarregue a página.' });
    expect(messages({ ...valid, cart: JSON.stringify([{ productId: randomUUID(), quantity: 99 }]) })).toEqual({
      'cart.0.quantity': 'No máximo 24 pedaços por sabor.',
    });
  });
});
