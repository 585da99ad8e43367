import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { orders } from '@/db/schema';
import { env } from '@/lib/env.js';
import { reserveSlices } from '@/lib/inventory';
import { startWorker } from '@/worker/start';
import { createProduct, createTenant, expireHoldOf, key, openPizzas, sliceCounts } from '../fixtures';

let worker: Awaited<ReturnType<typeof startWorker>>;
beforeAll(async () => {
  worker = await startWorker({ databaseUrl: env.DATABASE_URL });
});
afterAll(async () => {
  await worker?.stop();
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('worker', () => {
  it('releases a lapsed hold on its own schedule', async () => {
    const tenant = await createTenant();
    const product = await createProduct(tenant.id);
    await openPizzas(tenant.id, product.id, 1);
    const reserved = await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: key(),
      items: [{ productId: product.id, quantity: 3 }],
    });
    if (!reserved.ok) throw new Error(reserved.error.message);
    const live = await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: key(),
      items: [{ productId: product.id, quantity: 1 }],
    });
    await expireHoldOf(tenant.id, reserved.order.id);

    const status = await until(
      async () => (await db.select({ s: orders.status }).from(orders).where(eq(orders.id, reserved.order.id)))[0]?.s,
      (s) => s === 'EXPIRED',
    );
    expect(status).toBe('EXPIRED');
    expect(await sliceCounts(tenant.id)).toMatchObject({ AVAILABLE: 7, RESERVED: 1 });
    expect(
      live.ok && (await db.select({ s: orders.status }).from(orders).where(eq(orders.id, live.order.id)))[0]?.s,
    ).toBe('PENDING');
  });
});
