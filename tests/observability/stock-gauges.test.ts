import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { confirmSale, reserveSlices } from '@/lib/inventory';
import { FLAVORS_PER_TENANT, registerStockGauges } from '@/worker/stock-gauges';
import { createProduct, createTenant, key, openPizzas } from '../fixtures';

const gauges = registerStockGauges();
const forTenant = <V extends { labels: Partial<Record<string, string | number>> }>(values: V[], tenant: string) =>
  values.filter((v) => v.labels.tenant === tenant);
// A new read for every assertion: the gauges share one read per second.
const fresh = () => new Promise((r) => setTimeout(r, 1_100));

describe('stock and sales gauges, read from Postgres by the worker', () => {
  it('free slices per flavor, orders in progress, sales today, overdue holds, open or closed', async () => {
    const tenant = await createTenant();
    const product = await createProduct(tenant.id, { name: 'Quatro Queijos', priceCents: 1500 });
    await openPizzas(tenant.id, product.id, 1, 8);
    const reserve = (quantity: number) =>
      reserveSlices({ tenantId: tenant.id, idempotencyKey: key(), items: [{ productId: product.id, quantity }] });
    const paid = await reserve(2);
    const pending = await reserve(1);
    const stuck = await reserve(1);
    if (!paid.ok || !pending.ok || !stuck.ok) throw new Error('reserve failed');
    await confirmSale({ tenantId: tenant.id, orderId: paid.order.id });
    await db.execute(
      sql`UPDATE orders SET hold_expires_at = now() - interval '5 minutes' WHERE id = ${stuck.order.id}`,
    );
    await fresh();

    expect(forTenant((await gauges.available.get()).values, tenant.id)).toEqual([
      { labels: { tenant: tenant.id, product: product.id, flavor: 'Quatro Queijos' }, value: 4 },
    ]);
    const progress = forTenant((await gauges.inProgress.get()).values, tenant.id);
    expect(Object.fromEntries(progress.map((v) => [v.labels.status, v.value]))).toEqual({ PENDING: 2, PAID: 1 });
    expect(forTenant((await gauges.salesCents.get()).values, tenant.id)[0]?.value).toBe(3000);
    expect(forTenant((await gauges.salesOrders.get()).values, tenant.id)[0]?.value).toBe(1);
    expect(forTenant((await gauges.overdue.get()).values, tenant.id)[0]?.value).toBe(1);
    expect(forTenant((await gauges.open.get()).values, tenant.id)[0]).toMatchObject({
      labels: { slug: tenant.slug },
      value: 1,
    });
  });

  it(`keeps at most ${FLAVORS_PER_TENANT} flavors per pizzeria, the ones with the fewest free slices`, async () => {
    const tenant = await createTenant();
    const products = [];
    for (let i = 0; i < FLAVORS_PER_TENANT + 2; i++) {
      const product = await createProduct(tenant.id, { name: `Sabor ${String(i).padStart(2, '0')}` });
      // The first two flavors have two pizzas: the most stock, so they are the ones left out.
      await openPizzas(tenant.id, product.id, i < 2 ? 2 : 1, 4);
      products.push(product);
    }
    await fresh();
    const mine = forTenant((await gauges.available.get()).values, tenant.id);
    expect(mine).toHaveLength(FLAVORS_PER_TENANT);
    expect(mine.map((v) => v.labels.flavor)).not.toContain('Sabor 00');
    expect(mine.map((v) => v.labels.flavor)).not.toContain('Sabor 01');
    expect(mine.every((v) => v.value === 4)).toBe(true);
  });
});
