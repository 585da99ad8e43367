import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { confirmSale, extendHold, openBatch, releaseOrder, reserveSlices } from '@/lib/inventory';
import { createProduct, createTenant, key, openPizzas } from '../fixtures';

/** Rows a failed request must not have written, in either tenant (other test files run alongside). */
async function footprint() {
  const scope = sql`tenant_id IN (${tenantId}, ${otherTenantId})`;
  const [row] = await db.execute<{
    orders: number;
    items: number;
    held: number;
    lost: number;
    events: number;
    batches: number;
  }>(sql`
    SELECT (SELECT count(*)::int FROM orders WHERE ${scope}) AS orders,
           (SELECT count(*)::int FROM order_items WHERE ${scope}) AS items,
           (SELECT count(*)::int FROM slices WHERE ${scope} AND status <> 'AVAILABLE') AS held,
           (SELECT count(*)::int FROM lost_sales WHERE ${scope}) AS lost,
           (SELECT count(*)::int FROM outbox_events WHERE ${scope}) AS events,
           (SELECT count(*)::int FROM batches WHERE ${scope}) AS batches`);
  return row!;
}

let tenantId: string;
let productId: string;
let inactiveId: string;
let foreignProductId: string;
let otherTenantId: string;

beforeAll(async () => {
  const tenant = await createTenant();
  tenantId = tenant.id;
  productId = (await createProduct(tenant.id)).id;
  inactiveId = (await createProduct(tenant.id, { active: false })).id;
  await openPizzas(tenant.id, productId, 1);
  const other = await createTenant();
  otherTenantId = other.id;
  foreignProductId = (await createProduct(other.id)).id;
  await openPizzas(other.id, foreignProductId, 1);
});

const cases: [string, () => Record<string, unknown>, string][] = [
  ['zero slices', () => ({ items: [{ productId, quantity: 0 }] }), 'invalid_input'],
  ['negative slices', () => ({ items: [{ productId, quantity: -2 }] }), 'invalid_input'],
  ['fractional slices', () => ({ items: [{ productId, quantity: 1.5 }] }), 'invalid_input'],
  ['1,000 slices', () => ({ items: [{ productId, quantity: 1000 }] }), 'invalid_input'],
  [
    'too many once merged',
    () => ({ items: Array.from({ length: 5 }, () => ({ productId, quantity: 20 })) }),
    'invalid_input',
  ],
  ['an empty cart', () => ({ items: [] }), 'invalid_input'],
  ['a malformed product id', () => ({ items: [{ productId: "1' OR 1=1 --", quantity: 1 }] }), 'invalid_input'],
  [
    'a malformed tenant id',
    () => ({ tenantId: 'pizzaria-demo', items: [{ productId, quantity: 1 }] }),
    'invalid_input',
  ],
  ['a short idempotency key', () => ({ idempotencyKey: 'abc', items: [{ productId, quantity: 1 }] }), 'invalid_input'],
  ['an unknown product', () => ({ items: [{ productId: crypto.randomUUID(), quantity: 1 }] }), 'unknown_product'],
  ['another tenant’s product', () => ({ items: [{ productId: foreignProductId, quantity: 1 }] }), 'unknown_product'],
  ['an inactive product', () => ({ items: [{ productId: inactiveId, quantity: 1 }] }), 'product_inactive'],
  [
    'an unknown tenant',
    () => ({ tenantId: crypto.randomUUID(), items: [{ productId, quantity: 1 }] }),
    'tenant_not_found',
  ],
];

describe('bad input gets a typed error and writes nothing', () => {
  it.each(cases)('reserveSlices with %s → %s', async (_name, override, code) => {
    const before = await footprint();
    const result = await reserveSlices({ tenantId, idempotencyKey: key(), items: [], ...override() } as never);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(5);
    expect(await footprint()).toEqual(before);
  });

  it('a valid request with one bad line holds nothing for the good line', async () => {
    const before = await footprint();
    const result = await reserveSlices({
      tenantId,
      idempotencyKey: key(),
      items: [
        { productId, quantity: 2 },
        { productId: inactiveId, quantity: 1 },
      ],
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('product_inactive');
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ['confirmSale', () => confirmSale({ tenantId, orderId: 'not-a-uuid' })],
    ['extendHold', () => extendHold({ tenantId: 'x', orderId: crypto.randomUUID() })],
    ['releaseOrder', () => releaseOrder({ tenantId, orderId: '', reason: 'customer_cancelled' })],
    ['openBatch (slice count)', () => openBatch({ tenantId, productId, sliceCount: 99 })],
    ['openBatch (foreign product)', () => openBatch({ tenantId, productId: foreignProductId })],
    ['openBatch (inactive product)', () => openBatch({ tenantId, productId: inactiveId })],
  ] as const)('%s with bad ids or values is refused and writes nothing', async (_name, call) => {
    const before = await footprint();
    const result = await call();
    expect(result.ok).toBe(false);
    expect(await footprint()).toEqual(before);
  });
});
