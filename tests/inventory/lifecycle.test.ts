import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { batches, orders, outboxEvents, tenants } from '@/db/schema';
import {
  closeBatch,
  confirmSale,
  expireHolds,
  extendHold,
  releaseOrder,
  reserveSlices,
  wasteStaleBatches,
} from '@/lib/inventory';
import { holdKey, holds } from '@/lib/inventory/holds';
import { createProduct, createTenant, expireHoldOf, key, openPizzas, sliceCounts } from '../fixtures';

async function shopWith(slices: number) {
  const tenant = await createTenant();
  const product = await createProduct(tenant.id);
  await openPizzas(tenant.id, product.id, 1, slices);
  return { tenant, product };
}

async function reserve(tenantId: string, productId: string, quantity: number) {
  const result = await reserveSlices({ tenantId, idempotencyKey: key(), items: [{ productId, quantity }] });
  if (!result.ok) throw new Error(result.error.message);
  return result.order;
}

const slicesOf = (orderId: string) =>
  db.execute<{ id: string; status: string }>(
    sql`SELECT id, status FROM slices WHERE order_id = ${orderId} ORDER BY id`,
  );

const statusOf = async (orderId: string) =>
  (await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId)))[0]?.status;

describe('hold expiry', () => {
  it('returns slices to sale: lazily to the next buyer, and for good through the worker job', async () => {
    const { tenant, product } = await shopWith(4);
    const first = await reserve(tenant.id, product.id, 4);
    const blocked = await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: key(),
      items: [{ productId: product.id, quantity: 1 }],
    });
    expect(blocked.ok ? 'ok' : blocked.error.code).toBe('sold_out');

    await expireHoldOf(tenant.id, first.id);
    const second = await reserve(tenant.id, product.id, 1);
    expect((await slicesOf(second.id)).length).toBe(1);

    expect((await expireHolds()).orders).toBeGreaterThanOrEqual(1);
    expect(await statusOf(first.id)).toBe('EXPIRED');
    expect(await sliceCounts(tenant.id)).toMatchObject({ AVAILABLE: 3, RESERVED: 1 });
    expect((await slicesOf(first.id)).length).toBe(0);
  });

  it('leaves live holds alone', async () => {
    const { tenant, product } = await shopWith(4);
    const order = await reserve(tenant.id, product.id, 2);
    await expireHolds();
    expect(await statusOf(order.id)).toBe('PENDING');
    expect((await sliceCounts(tenant.id)).RESERVED).toBe(2);
  });
});

describe('confirmSale', () => {
  it('sells exactly the held slices, and a second confirmation changes nothing', async () => {
    const { tenant, product } = await shopWith(8);
    const order = await reserve(tenant.id, product.id, 3);
    const held = (await slicesOf(order.id)).map((s) => s.id);

    const paid = await confirmSale({ tenantId: tenant.id, orderId: order.id });
    expect(paid.ok && paid.order.status).toBe('PAID');
    const sold = await slicesOf(order.id);
    expect(sold.map((s) => s.id)).toEqual(held);
    expect(sold.every((s) => s.status === 'SOLD')).toBe(true);

    const again = await confirmSale({ tenantId: tenant.id, orderId: order.id });
    expect(again.ok && again.replay).toBe(true);
    expect(await sliceCounts(tenant.id)).toMatchObject({ SOLD: 3, AVAILABLE: 5, RESERVED: 0 });
  });

  it('after expiry, never sells slices another order now holds: it refuses and cancels when none are left', async () => {
    const { tenant, product } = await shopWith(4);
    const late = await reserve(tenant.id, product.id, 4);
    await expireHoldOf(tenant.id, late.id);
    const rival = await reserve(tenant.id, product.id, 3);
    const rivalSlices = (await slicesOf(rival.id)).map((s) => s.id);

    const result = await confirmSale({ tenantId: tenant.id, orderId: late.id });
    expect(result.ok ? 'ok' : result.error.code).toBe('stock_lost');
    expect(await statusOf(late.id)).toBe('CANCELLED');
    expect((await slicesOf(rival.id)).map((s) => [s.id, s.status])).toEqual(rivalSlices.map((id) => [id, 'RESERVED']));
    expect(await sliceCounts(tenant.id)).toMatchObject({ RESERVED: 3, AVAILABLE: 1, SOLD: 0 });

    const again = await confirmSale({ tenantId: tenant.id, orderId: late.id });
    expect(again.ok ? 'ok' : again.error.code).toBe('stock_lost');
  });

  it('after expiry, re-takes the same number of other free slices when there are some', async () => {
    const { tenant, product } = await shopWith(8);
    const late = await reserve(tenant.id, product.id, 3);
    await expireHoldOf(tenant.id, late.id);
    await expireHolds();
    const rival = await reserve(tenant.id, product.id, 2);

    const result = await confirmSale({ tenantId: tenant.id, orderId: late.id });
    expect(result.ok && result.order.status).toBe('PAID');
    expect((await slicesOf(late.id)).filter((s) => s.status === 'SOLD')).toHaveLength(3);
    expect((await slicesOf(rival.id)).every((s) => s.status === 'RESERVED')).toBe(true);
    expect(await sliceCounts(tenant.id)).toMatchObject({ SOLD: 3, RESERVED: 2, AVAILABLE: 3 });
  });

  it('answers not found for another tenant’s order, whatever the operation, and changes nothing', async () => {
    const { tenant, product } = await shopWith(4);
    const order = await reserve(tenant.id, product.id, 1);
    const stranger = await createTenant();
    const ref = { tenantId: stranger.id, orderId: order.id };
    for (const result of [
      await confirmSale(ref),
      await releaseOrder({ ...ref, reason: 'customer_cancelled' }),
      await extendHold(ref),
    ]) {
      expect(result.ok ? 'ok' : result.error.code).toBe('order_not_found');
    }
    expect(await statusOf(order.id)).toBe('PENDING');
    expect(await sliceCounts(tenant.id)).toMatchObject({ RESERVED: 1, AVAILABLE: 3 });
  });

  it('writes its events in the same transaction as the sale', async () => {
    const { tenant, product } = await shopWith(4);
    const order = await reserve(tenant.id, product.id, 2);
    await confirmSale({ tenantId: tenant.id, orderId: order.id });
    await confirmSale({ tenantId: tenant.id, orderId: order.id });
    const events = await db
      .select({ type: outboxEvents.type, aggregateId: outboxEvents.aggregateId })
      .from(outboxEvents)
      .where(eq(outboxEvents.tenantId, tenant.id));
    expect(events.filter((e) => e.type === 'order.paid')).toEqual([{ type: 'order.paid', aggregateId: order.id }]);
  });
});

describe('releaseOrder', () => {
  it('puts the slices back on sale at once, in Postgres and in the hold store', async () => {
    const { tenant, product } = await shopWith(4);
    const order = await reserve(tenant.id, product.id, 2);
    const released = await releaseOrder({ tenantId: tenant.id, orderId: order.id, reason: 'payment_rejected' });
    expect(released.ok && released.released).toBe(2);
    expect(await statusOf(order.id)).toBe('CANCELLED');
    // Were the Redis keys still there, this would be refused until their TTL.
    const next = await reserve(tenant.id, product.id, 2);
    expect((await slicesOf(next.id)).length).toBe(2);

    const twice = await releaseOrder({ tenantId: tenant.id, orderId: order.id, reason: 'payment_rejected' });
    expect(twice.ok && twice.released).toBe(0);
    expect((await sliceCounts(tenant.id)).RESERVED).toBe(2);
  });
});

describe('extendHold', () => {
  it('extends once, in Postgres and in the hold store, never past the tenant maximum', async () => {
    const tenant = await createTenant({ holdSeconds: 120, maxHoldSeconds: 200 });
    const product = await createProduct(tenant.id);
    await openPizzas(tenant.id, product.id, 1);
    const order = await reserve(tenant.id, product.id, 2);
    // Pretend 100 s have passed: a fresh 120 s would end at 220 s, past the 200 s cap.
    await db.execute(sql`UPDATE orders SET created_at = created_at - interval '100 seconds',
      hold_expires_at = hold_expires_at - interval '100 seconds' WHERE id = ${order.id}`);

    const extended = await extendHold({ tenantId: tenant.id, orderId: order.id });
    expect(extended.ok).toBe(true);
    if (!extended.ok) return;
    const capped = order.createdAt.getTime() - 100_000 + 200_000;
    expect(Math.abs(extended.order.holdExpiresAt.getTime() - capped)).toBeLessThan(1000);
    const rows = await db.execute<{ reserved_until: string }>(
      sql`SELECT reserved_until::text FROM slices WHERE order_id = ${order.id}`,
    );
    expect(rows.map((r) => new Date(r.reserved_until).getTime())).toEqual([
      extended.order.holdExpiresAt.getTime(),
      extended.order.holdExpiresAt.getTime(),
    ]);

    const twice = await extendHold({ tenantId: tenant.id, orderId: order.id });
    expect(twice.ok ? 'ok' : twice.error.code).toBe('hold_already_extended');
  });

  it('refuses when the maximum is already reached, and when the hold is over', async () => {
    const tenant = await createTenant({ holdSeconds: 120, maxHoldSeconds: 120 });
    const product = await createProduct(tenant.id);
    await openPizzas(tenant.id, product.id, 1);
    const atLimit = await reserve(tenant.id, product.id, 1);
    const refused = await extendHold({ tenantId: tenant.id, orderId: atLimit.id });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('hold_at_limit');

    const over = await reserve(tenant.id, product.id, 1);
    await expireHoldOf(tenant.id, over.id);
    const late = await extendHold({ tenantId: tenant.id, orderId: over.id });
    expect(late.ok ? 'ok' : late.error.code).toBe('hold_expired');
  });

  it('moves the Redis TTL with the hold', async () => {
    const { tenant, product } = await shopWith(4);
    const order = await reserve(tenant.id, product.id, 1);
    const [slice] = await slicesOf(order.id);
    const k = holdKey(tenant.id, Number(slice!.id));
    expect(await holds.store.extend([k], order.id, 5)).toBe(1);
    const extended = await extendHold({ tenantId: tenant.id, orderId: order.id });
    expect(extended.ok).toBe(true);
    expect(await holds.store.extend([k], 'someone-else', 1)).toBe(0);
  });
});

describe('waste', () => {
  it('closes pizzas past their freshness deadline and writes off their free slices, not the held ones', async () => {
    const { tenant, product } = await shopWith(8);
    const order = await reserve(tenant.id, product.id, 2);
    await db
      .update(batches)
      .set({ openedAt: sql`now() - interval '5 hours'`, freshUntil: sql`now() - interval '1 minute'` })
      .where(eq(batches.tenantId, tenant.id));
    await wasteStaleBatches();
    expect(await sliceCounts(tenant.id)).toMatchObject({ WASTED: 6, RESERVED: 2 });
    const [batch] = await db.select().from(batches).where(eq(batches.tenantId, tenant.id));
    expect(batch!.status).toBe('CLOSED');
    const paid = await confirmSale({ tenantId: tenant.id, orderId: order.id });
    expect(paid.ok).toBe(true);
  });

  it('closing a pizza writes off its free slices; another tenant cannot close it', async () => {
    const { tenant, product } = await shopWith(6);
    const [batch] = await db.select().from(batches).where(eq(batches.tenantId, tenant.id));
    const stranger = await createTenant();
    const denied = await closeBatch(stranger.id, batch!.id);
    expect(denied.ok ? 'ok' : denied.error.code).toBe('batch_not_found');
    expect((await sliceCounts(tenant.id)).AVAILABLE).toBe(6);

    const closed = await closeBatch(tenant.id, batch!.id);
    expect(closed.ok && closed.wasted).toBe(6);
    const again = await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: key(),
      items: [{ productId: product.id, quantity: 1 }],
    });
    expect(again.ok ? 'ok' : again.error.code).toBe('sold_out');
  });
});

describe('tenant settings', () => {
  it('uses the tenant hold time', async () => {
    const tenant = await createTenant({ holdSeconds: 45 });
    const product = await createProduct(tenant.id);
    await openPizzas(tenant.id, product.id, 1);
    const order = await reserve(tenant.id, product.id, 1);
    expect(Math.round((order.holdExpiresAt.getTime() - order.createdAt.getTime()) / 1000)).toBe(45);
    await db
      .update(tenants)
      .set({ isOpen: false })
      .where(and(eq(tenants.id, tenant.id)));
    const closed = await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: key(),
      items: [{ productId: product.id, quantity: 1 }],
    });
    expect(closed.ok ? 'ok' : closed.error.code).toBe('shop_closed');
  });
});
