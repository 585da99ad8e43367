import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { orders } from '@/db/schema';
import { decideDevPayment } from '@/lib/payments/dev/decide';
import { createProduct, createTenant, key, openPizzas, sliceCounts } from '../fixtures';
import { callApi } from './contract';
import { keyFor } from './helpers';

async function shop(pizzas = 1) {
  const tenant = await createTenant();
  const product = await createProduct(tenant.id, { name: 'Calabresa', priceCents: 1100 });
  await openPizzas(tenant.id, product.id, pizzas, 8);
  const { key: apiKey } = await keyFor(tenant.id);
  return { tenant, product, apiKey };
}

const body = (productId: string, quantity = 2, method = 'pix') => ({
  items: [{ productId, quantity }],
  customer: { name: 'Ana Souza', phone: '(11) 91234-5678', email: 'ana@example.com' },
  method,
});

const place = (apiKey: string, payload: unknown, idempotencyKey: string | null = key()) =>
  callApi('POST', '/orders', {
    key: apiKey,
    body: payload,
    headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {},
  });

async function pay(slug: string, order: Record<string, unknown>) {
  const redirect = (order.payment as { redirectUrl: string }).redirectUrl;
  const paid = await decideDevPayment(slug, redirect.split('/').pop()!, 'approve');
  if (!paid.ok) throw new Error(paid.error.message);
}

describe('POST /orders', () => {
  it('reserves the slices and starts the payment, like the storefront checkout', async () => {
    const { tenant, product, apiKey } = await shop();
    const placed = await place(apiKey, body(product.id, 3));
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({
      status: 'PENDING',
      totalCents: 3300,
      customerFirstName: 'Ana',
      items: [{ productId: product.id, name: 'Calabresa', quantity: 3, unitPriceCents: 1100 }],
      payment: { method: 'pix', provider: 'dev', amountCents: 3300 },
    });
    expect(placed.body.orderUrl).toMatch(new RegExp(`^/${tenant.slug}/pedido/${placed.body.code}\\?t=`));
    expect(await sliceCounts(tenant.id)).toMatchObject({ AVAILABLE: 5, RESERVED: 3 });
  });

  it('gives the same order for the same Idempotency-Key, and 422 for the same key with another body', async () => {
    const { tenant, product, apiKey } = await shop();
    const idem = key();
    const first = await place(apiKey, body(product.id, 2), idem);
    const again = await place(apiKey, body(product.id, 2), idem);
    expect(again.status).toBe(201);
    expect(again.body.code).toBe(first.body.code);
    expect((again.body.payment as { id: string }).id).toBe((first.body.payment as { id: string }).id);

    const otherItems = await place(apiKey, body(product.id, 3), idem);
    expect(otherItems.status).toBe(422);
    expect(otherItems.body.type).toBe('/api/v1/problems/idempotency-key-reused');
    const otherMethod = await place(apiKey, body(product.id, 2, 'card'), idem);
    expect(otherMethod.status).toBe(422);
    expect(await db.$count(orders, eq(orders.tenantId, tenant.id))).toBe(1);
    expect(await sliceCounts(tenant.id)).toMatchObject({ RESERVED: 2 });
  });

  it('answers sold out with what is left of each flavor', async () => {
    const { tenant, product, apiKey } = await shop();
    const answer = await place(apiKey, body(product.id, 9));
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      type: '/api/v1/problems/sold-out',
      availability: [{ productId: product.id, name: 'Calabresa', requested: 9, available: 8 }],
    });
    expect(answer.body.detail).toMatch(/só 8/);
    expect(await sliceCounts(tenant.id)).toMatchObject({ AVAILABLE: 8, RESERVED: 0 });
  });

  it('names the field at fault, and writes nothing', async () => {
    const { tenant, product, apiKey } = await shop();
    const noKey = await place(apiKey, body(product.id), null);
    expect(noKey.status).toBe(400);
    expect(noKey.body.errors).toEqual([
      { field: 'header.idempotency-key', detail: 'Envie o cabeçalho Idempotency-Key.' },
    ]);

    const badPhone = await place(apiKey, {
      ...body(product.id),
      customer: { ...body(product.id).customer, phone: '123' },
    });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.errors).toEqual([{ field: 'body.customer.phone', detail: expect.stringContaining('DDD') }]);

    const badItem = await place(apiKey, { ...body(product.id), items: [{ productId: product.id, quantity: 0 }] });
    expect((badItem.body.errors as { field: string }[])[0]!.field).toBe('body.items.0.quantity');

    const unknown = await place(apiKey, body('00000000-0000-4000-8000-000000000000'));
    expect(unknown).toMatchObject({ status: 422, body: { type: '/api/v1/problems/unknown-product' } });

    const notJson = await callApi('POST', '/orders', {
      key: apiKey,
      rawBody: 'items=1',
      headers: { 'idempotency-key': key(), 'content-type': 'text/plain' },
    });
    expect(notJson.status).toBe(415);
    const broken = await callApi('POST', '/orders', {
      key: apiKey,
      rawBody: '{"items":',
      headers: { 'idempotency-key': key(), 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(await db.$count(orders, eq(orders.tenantId, tenant.id))).toBe(0);
  });
});

describe('GET /orders/{code}, POST /orders/{code}/cancel', () => {
  it('reads and cancels an order of the key’s pizzeria; another pizzeria gets 404', async () => {
    const a = await shop();
    const b = await shop();
    const placed = await place(a.apiKey, body(a.product.id, 2));
    const code = placed.body.code as string;

    expect((await callApi('GET', '/orders/{code}', { key: a.apiKey, params: { code } })).body).toEqual(placed.body);
    for (const path of ['/orders/{code}', '/orders/{code}/cancel']) {
      const method = path.endsWith('cancel') ? 'POST' : 'GET';
      const foreign = await callApi(method, path, { key: b.apiKey, params: { code } });
      expect(foreign).toMatchObject({ status: 404, body: { type: '/api/v1/problems/not-found' } });
    }
    expect(await sliceCounts(a.tenant.id)).toMatchObject({ RESERVED: 2 });

    const cancelled = await callApi('POST', '/orders/{code}/cancel', { key: a.apiKey, params: { code } });
    expect(cancelled).toMatchObject({ status: 200, body: { code, status: 'CANCELLED' } });
    expect(await sliceCounts(a.tenant.id)).toMatchObject({ AVAILABLE: 8, RESERVED: 0 });
    const twice = await callApi('POST', '/orders/{code}/cancel', { key: a.apiKey, params: { code } });
    expect(twice).toMatchObject({ status: 200, body: { status: 'CANCELLED' } });
  });

  it('refuses to cancel a paid order', async () => {
    const { tenant, product, apiKey } = await shop();
    const placed = await place(apiKey, body(product.id, 1, 'card'));
    await pay(tenant.slug, placed.body);
    const code = placed.body.code as string;
    const refused = await callApi('POST', '/orders/{code}/cancel', { key: apiKey, params: { code } });
    expect(refused).toMatchObject({
      status: 409,
      body: { type: '/api/v1/problems/order-closed', orderStatus: 'PAID' },
    });
  });
});

describe('GET /orders', () => {
  it('pages through the orders oldest first with a cursor, filtered by status and time', async () => {
    const { product, apiKey } = await shop(2);
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await place(apiKey, body(product.id, 1))).body.code as string);
    await callApi('POST', '/orders/{code}/cancel', { key: apiKey, params: { code: codes[1]! } });

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await callApi('GET', '/orders', {
        key: apiKey,
        query: `?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      });
      expect(page.status).toBe(200);
      const list = page.body.orders as { code: string }[];
      expect(list.length).toBeLessThanOrEqual(2);
      seen.push(...list.map((o) => o.code));
      cursor = (page.body.nextCursor as string | null) ?? undefined;
    } while (cursor);
    expect(seen).toEqual(codes);

    const cancelled = await callApi('GET', '/orders', { key: apiKey, query: '?status=CANCELLED' });
    expect((cancelled.body.orders as { code: string }[]).map((o) => o.code)).toEqual([codes[1]]);
    const future = await callApi('GET', '/orders', { key: apiKey, query: '?since=2999-01-01T00:00:00Z' });
    expect(future.body).toEqual({ orders: [], nextCursor: null });

    for (const query of ['?status=PERDIDO', '?since=ontem', '?limit=0', '?cursor=bm9wZQ']) {
      const bad = await callApi('GET', '/orders', { key: apiKey, query });
      expect(bad.status, query).toBe(400);
      expect((bad.body.errors as { field: string }[])[0]!.field).toMatch(/^query\./);
    }
  });
});

describe('POST /orders/{code}/transitions', () => {
  it('moves a paid order through the kitchen, idempotently, and refuses a skipped step', async () => {
    const { tenant, product, apiKey } = await shop();
    const placed = await place(apiKey, body(product.id, 1, 'card'));
    const code = placed.body.code as string;
    const early = await callApi('POST', '/orders/{code}/transitions', {
      key: apiKey,
      params: { code },
      body: { move: 'start' },
    });
    expect(early).toMatchObject({
      status: 409,
      body: { type: '/api/v1/problems/invalid-move', orderStatus: 'PENDING' },
    });

    await pay(tenant.slug, placed.body);
    for (let i = 0; i < 2; i++) {
      const started = await callApi('POST', '/orders/{code}/transitions', {
        key: apiKey,
        params: { code },
        body: { move: 'start' },
      });
      expect(started).toMatchObject({ status: 200, body: { status: 'IN_PREPARATION' } });
    }
    const skipped = await callApi('POST', '/orders/{code}/transitions', {
      key: apiKey,
      params: { code },
      body: { move: 'deliver' },
    });
    expect(skipped).toMatchObject({ status: 409, body: { orderStatus: 'IN_PREPARATION' } });
    const undone = await callApi('POST', '/orders/{code}/transitions', {
      key: apiKey,
      params: { code },
      body: { move: 'undo', from: 'IN_PREPARATION' },
    });
    expect(undone).toMatchObject({ status: 200, body: { status: 'PAID' } });
    const bad = await callApi('POST', '/orders/{code}/transitions', {
      key: apiKey,
      params: { code },
      body: { move: 'dançar' },
    });
    expect(bad).toMatchObject({ status: 400, body: { errors: [{ field: 'body.move' }] } });
  });
});

describe('POST /batches, POST /batches/{id}/close', () => {
  it('opens a pizza on sale at once and closes it into waste; another pizzeria’s pizza is 404', async () => {
    const { tenant, product, apiKey } = await shop(0);
    const other = await shop();
    const opened = await callApi('POST', '/batches', { key: apiKey, body: { productId: product.id, sliceCount: 6 } });
    expect(opened).toMatchObject({ status: 201, body: { productId: product.id, sliceCount: 6 } });
    expect(await sliceCounts(tenant.id)).toMatchObject({ AVAILABLE: 6 });
    const id = opened.body.batchId as string;

    expect((await callApi('POST', '/batches/{id}/close', { key: other.apiKey, params: { id } })).status).toBe(404);
    const closed = await callApi('POST', '/batches/{id}/close', { key: apiKey, params: { id } });
    expect(closed).toMatchObject({ status: 200, body: { batchId: id, wasted: 6 } });
    expect((await callApi('POST', '/batches/{id}/close', { key: apiKey, params: { id } })).body).toEqual({
      batchId: id,
      wasted: 0,
    });
    expect(await sliceCounts(tenant.id)).toMatchObject({ AVAILABLE: 0, WASTED: 6 });

    const foreignProduct = await callApi('POST', '/batches', { key: apiKey, body: { productId: other.product.id } });
    expect(foreignProduct).toMatchObject({ status: 422, body: { type: '/api/v1/problems/unknown-product' } });
    const tooBig = await callApi('POST', '/batches', { key: apiKey, body: { productId: product.id, sliceCount: 40 } });
    expect(tooBig).toMatchObject({ status: 400, body: { errors: [{ field: 'body.sliceCount' }] } });
    expect(await sliceCounts(other.tenant.id)).toMatchObject({ AVAILABLE: 8, WASTED: 0 });
  });
});
