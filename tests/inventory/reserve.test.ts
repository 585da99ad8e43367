import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { lostSales, orders, outboxEvents } from '@/db/schema';
import { reserveSlices } from '@/lib/inventory';
import { createProduct, createTenant, key, openPizzas, sliceCounts } from '../fixtures';

async function shop(pizzas = 2) {
  const tenant = await createTenant();
  const margherita = await createProduct(tenant.id, { name: 'Margherita', priceCents: 1100 });
  const calabresa = await createProduct(tenant.id, { name: 'Calabresa', priceCents: 1300 });
  await openPizzas(tenant.id, margherita.id, pizzas);
  await openPizzas(tenant.id, calabresa.id, 1, 4);
  return { tenant, margherita, calabresa };
}

describe('reserveSlices', () => {
  it('holds the oldest slices of each flavor, prices the order and writes its events', async () => {
    const { tenant, margherita, calabresa } = await shop();
    const result = await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: key(),
      items: [
        { productId: margherita.id, quantity: 3 },
        { productId: calabresa.id, quantity: 2 },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.order.status).toBe('PENDING');
    expect(result.order.totalCents).toBe(3 * 1100 + 2 * 1300);
    expect(result.order.code).toMatch(/^[A-Z2-9]{5}$/);
    const holdMs = result.order.holdExpiresAt.getTime() - result.order.createdAt.getTime();
    // The platform's default hold (db/schema/tenant-defaults.ts): 5 minutes.
    expect(holdMs).toBeGreaterThan(299_000);
    expect(holdMs).toBeLessThan(301_000);

    const held = await db.execute<{ product_id: string; idx: number; first: boolean }>(sql`
      SELECT s.product_id, s.idx, b.opened_at = min(b.opened_at) OVER (PARTITION BY s.product_id) AS first
      FROM slices s JOIN batches b ON b.id = s.batch_id
      WHERE s.order_id = ${result.order.id} AND s.status = 'RESERVED'`);
    expect(held).toHaveLength(5);
    expect(held.every((h) => h.first)).toBe(true);

    const events = await db.select().from(outboxEvents).where(eq(outboxEvents.tenantId, tenant.id));
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['order.reserved', 'inventory.changed']));
  });

  it('is all or nothing across flavors, and records the lost sale of the short flavor only', async () => {
    const { tenant, margherita, calabresa } = await shop();
    const before = await sliceCounts(tenant.id);
    const result = await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: key(),
      items: [
        { productId: margherita.id, quantity: 2 },
        { productId: calabresa.id, quantity: 5 },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('sold_out');
    if (result.error.code !== 'sold_out') return;
    expect(result.error.availability).toEqual([
      { productId: margherita.id, name: 'Margherita', requested: 2, available: 16 },
      { productId: calabresa.id, name: 'Calabresa', requested: 5, available: 4 },
    ]);
    expect(result.error.message).toContain('Calabresa: só 4');
    expect(await sliceCounts(tenant.id)).toEqual(before);
    expect(await db.select().from(orders).where(eq(orders.tenantId, tenant.id))).toHaveLength(0);
    const lost = await db.select().from(lostSales).where(eq(lostSales.tenantId, tenant.id));
    expect(lost.map((l) => [l.productId, l.requested, l.available])).toEqual([[calabresa.id, 5, 4]]);
  });

  it('returns the same order for the same idempotency key, never a second hold', async () => {
    const { tenant, margherita } = await shop();
    const request = { tenantId: tenant.id, idempotencyKey: key(), items: [{ productId: margherita.id, quantity: 2 }] };
    const results = await Promise.all(Array.from({ length: 8 }, () => reserveSlices(request)));
    const ids = new Set(results.map((r) => (r.ok ? r.order.id : r.error.code)));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.replay)).toHaveLength(1);
    expect((await sliceCounts(tenant.id)).RESERVED).toBe(2);

    const again = await reserveSlices(request);
    expect(again.ok && again.replay).toBe(true);
    const other = await reserveSlices({ ...request, items: [{ productId: margherita.id, quantity: 3 }] });
    expect(other.ok ? 'ok' : other.error.code).toBe('idempotency_conflict');
    expect((await sliceCounts(tenant.id)).RESERVED).toBe(2);
  });

  it('merges repeated lines of one flavor', async () => {
    const { tenant, margherita } = await shop();
    const result = await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: key(),
      items: [
        { productId: margherita.id, quantity: 1 },
        { productId: margherita.id, quantity: 2 },
      ],
    });
    expect(result.ok && result.order.totalCents).toBe(3 * 1100);
    expect((await sliceCounts(tenant.id)).RESERVED).toBe(3);
  });
});
