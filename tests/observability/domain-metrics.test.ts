import type { Counter } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { confirmSale, expireHolds, extendHold, reserveSlices } from '@/lib/inventory';
import { metrics } from '@/lib/observability/metrics';
import { startPreparation } from '@/lib/orders/transitions';
import { createProduct, createTenant, expireHoldOf, key, openPizzas } from '../fixtures';

/** A counter's value for exactly these labels (0 when the series does not exist yet). */
async function count(counter: Counter<string>, labels: Record<string, string>) {
  const { values } = await counter.get();
  const match = values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l));
  return match?.value ?? 0;
}

async function shop(pizzas = 1) {
  // Room to extend a hold: its maximum is past the first hold.
  const tenant = await createTenant({ holdSeconds: 120, maxHoldSeconds: 600 });
  const product = await createProduct(tenant.id);
  await openPizzas(tenant.id, product.id, pizzas, 4);
  const reserve = (quantity: number) =>
    reserveSlices({ tenantId: tenant.id, idempotencyKey: key(), items: [{ productId: product.id, quantity }] });
  return { tenant: tenant.id, reserve };
}

describe('business counters at their write points', () => {
  it('counts an order written, each status move of it, and never a replay', async () => {
    const { tenant, reserve } = await shop();
    const reserved = await reserve(2);
    if (!reserved.ok) throw new Error(reserved.error.message);
    const ref = { tenantId: tenant, orderId: reserved.order.id };
    await confirmSale(ref);
    await startPreparation(ref);
    await startPreparation(ref); // a replay moves nothing

    expect(await count(metrics.ordersCreated, { tenant })).toBe(1);
    expect(await count(metrics.orderTransitions, { tenant, from: 'PENDING', to: 'PAID' })).toBe(1);
    expect(await count(metrics.orderTransitions, { tenant, from: 'PAID', to: 'IN_PREPARATION' })).toBe(1);
  });

  it('counts a sold-out checkout as a lost sale with the slices it lacked', async () => {
    const { tenant, reserve } = await shop();
    const refused = await reserve(7); // 4 exist
    expect(refused.ok).toBe(false);
    expect(await count(metrics.lostSales, { tenant })).toBe(1);
    expect(await count(metrics.lostSlices, { tenant })).toBe(3);
    expect(await count(metrics.ordersCreated, { tenant })).toBe(0);
  });

  it('counts a hold extended and a hold that ran out', async () => {
    const { tenant, reserve } = await shop(2);
    const kept = await reserve(1);
    const lapsed = await reserve(1);
    if (!kept.ok || !lapsed.ok) throw new Error('reserve failed');
    expect((await extendHold({ tenantId: tenant, orderId: kept.order.id })).ok).toBe(true);
    await expireHoldOf(tenant, lapsed.order.id);
    await expireHolds();

    expect(await count(metrics.holdExtensions, { tenant })).toBe(1);
    expect(await count(metrics.holdExpiries, { tenant })).toBe(1);
    expect(await count(metrics.orderTransitions, { tenant, from: 'PENDING', to: 'EXPIRED' })).toBe(1);
  });
});
