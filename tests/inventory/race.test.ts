import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { reserveSlices } from '@/lib/inventory';
import { guard, holds, type GuardedHoldStore } from '@/lib/inventory/holds';
import { createRedisHoldStore } from '@/lib/inventory/holds/redis-store';
import { metrics } from '@/lib/observability/metrics';
import { createProduct, createTenant, key, openPizzas, sliceCounts } from '../fixtures';

const ATTEMPTS = 300;
const PIZZAS = 5;
const STOCK = PIZZAS * 8;

/** A port nothing listens on: every call is refused, as when Redis is down. */
async function unreachable() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  return guard(createRedisHoldStore({ url: `http://127.0.0.1:${port}`, token: 'x', timeoutMs: 200 }));
}

const fallbacks = async () => (await metrics.redisFallbacks.get()).values[0]?.value ?? 0;

async function race(store: GuardedHoldStore) {
  const tenant = await createTenant();
  const product = await createProduct(tenant.id);
  await openPizzas(tenant.id, product.id, PIZZAS);

  const observations: number[] = [];
  let racing = true;
  const observer = (async () => {
    while (racing) {
      const c = await sliceCounts(tenant.id);
      observations.push(c.AVAILABLE! + c.RESERVED! + c.SOLD!);
    }
  })();
  const requests = Array.from({ length: ATTEMPTS }, (_, i) => ({ quantity: (i % 3) + 1, idempotencyKey: key() }));
  const results = await Promise.all(
    requests.map((r) =>
      reserveSlices(
        {
          tenantId: tenant.id,
          idempotencyKey: r.idempotencyKey,
          items: [{ productId: product.id, quantity: r.quantity }],
        },
        { holds: store },
      ),
    ),
  );
  racing = false;
  await observer;
  return { tenant, product, results, requests, observations };
}

async function expectNoOversell(outcome: Awaited<ReturnType<typeof race>>) {
  const { tenant, product, results, requests, observations } = outcome;
  expect(observations.length).toBeGreaterThan(0);
  expect(observations.every((total) => total === STOCK)).toBe(true);

  const won = results.flatMap((r, i) => (r.ok ? [{ orderId: r.order.id, quantity: requests[i]!.quantity }] : []));
  const lost = results.filter((r) => !r.ok);
  expect(lost.every((r) => !r.ok && r.error.code === 'sold_out')).toBe(true);
  expect(won.length + lost.length).toBe(ATTEMPTS);

  // Each winning order holds exactly what it asked for, and no slice is counted twice.
  const held = await db.execute<{ order_id: string; n: number }>(sql`
    SELECT order_id, count(*)::int AS n FROM slices
    WHERE tenant_id = ${tenant.id} AND status = 'RESERVED' GROUP BY order_id`);
  const heldBy = new Map(held.map((h) => [h.order_id, h.n]));
  expect(won.every((w) => heldBy.get(w.orderId) === w.quantity)).toBe(true);
  expect(heldBy.size).toBe(won.length);

  const counts = await sliceCounts(tenant.id);
  const reserved = won.reduce((n, w) => n + w.quantity, 0);
  expect(counts.RESERVED).toBe(reserved);
  expect(counts.AVAILABLE).toBe(STOCK - reserved);
  // Nothing stuck: what is left can still be bought, right now.
  if (counts.AVAILABLE! > 0) {
    const rest = await reserveSlices(
      { tenantId: tenant.id, idempotencyKey: key(), items: [{ productId: product.id, quantity: counts.AVAILABLE! }] },
      { holds },
    );
    expect(rest.ok).toBe(true);
  }
  expect((await sliceCounts(tenant.id)).AVAILABLE).toBe(0);
}

describe('a rush on the last pizzas', () => {
  it(`${ATTEMPTS} buyers for ${STOCK} slices through the Redis gate: never oversold, nothing stuck`, async () => {
    await expectNoOversell(await race(holds));
  });

  it(`${ATTEMPTS} buyers for ${STOCK} slices with Redis unreachable: Postgres alone stays correct`, async () => {
    const store = await unreachable();
    const before = await fallbacks();
    const outcome = await race(store);
    expect(store.available()).toBeNull();
    expect((await fallbacks()) - before).toBe(ATTEMPTS);
    await expectNoOversell(outcome);
  });
});
