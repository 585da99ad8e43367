import { describe, expect, it } from 'vitest';
import { closeBatch, listOpenBatches, reserveSlices } from '@/lib/inventory';
import { refundOrder, startPayment } from '@/lib/payments';
import { startPreparation } from '@/lib/orders/transitions';
import { decideDevPayment } from '@/lib/payments/dev/decide';
import { searchOrders } from '@/lib/orders/search';
import { todaySummary } from '@/lib/reports/today';
import { createProduct, createTenant, key, openPizzas } from '../fixtures';

async function order(
  tenant: { id: string; slug: string },
  productId: string,
  quantity: number,
  customer: { name: string; phone?: string },
  pay: boolean,
) {
  const reserved = await reserveSlices({
    tenantId: tenant.id,
    idempotencyKey: key(),
    items: [{ productId, quantity }],
    customer,
  });
  if (!reserved.ok) throw new Error(reserved.error.message);
  if (pay) {
    const started = await startPayment({ tenantId: tenant.id, orderId: reserved.order.id, method: 'card' });
    if (!started.ok) throw new Error(started.error.message);
    const paid = await decideDevPayment(tenant.slug, started.payment.redirectUrl!.split('/').pop()!, 'approve');
    if (!paid.ok) throw new Error(paid.error.message);
  }
  return reserved.order;
}

describe('today and the order list', () => {
  it("counts today's sales, slices sold and wasted, open pizzas and orders by status", async () => {
    const tenant = await createTenant({ timezone: 'America/Sao_Paulo' });
    const product = await createProduct(tenant.id, { priceCents: 1000 });
    await openPizzas(tenant.id, product.id, 2, 8);
    await order(tenant, product.id, 3, { name: 'Ana' }, true);
    await order(tenant, product.id, 1, { name: 'Bruno' }, false);

    const [first, second] = await listOpenBatches(tenant.id);
    expect(first).toMatchObject({ sliceCount: 8, sold: 3, held: 1, free: 4 });
    expect(second).toMatchObject({ sold: 0, held: 0, free: 8 });
    expect(await closeBatch(tenant.id, second!.batchId)).toEqual({ ok: true, wasted: 8 });

    const today = await todaySummary(tenant.id, tenant.timezone);
    expect(today).toMatchObject({
      salesCount: 1,
      salesCents: 3000,
      slicesSold: 3,
      slicesWasted: 8,
      openPizzas: 1,
      ordersByStatus: { PAID: 1, PENDING: 1 },
    });
    const hour = Number(
      new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone: tenant.timezone }).format(
        new Date(),
      ),
    );
    expect(today.salesByHour[hour]).toEqual({ count: 1, cents: 3000 });
    expect(today.salesByHour.reduce((n, h) => n + h.count, 0)).toBe(1);

    // Another pizzeria's figures never mix in.
    const other = await createTenant();
    expect(await todaySummary(other.id, other.timezone)).toMatchObject({
      salesCount: 0,
      slicesSold: 0,
      slicesWasted: 0,
      openPizzas: 0,
      ordersByStatus: {},
    });
  });

  it('takes a refunded order out of every figure at once, even when its slices stay sold', async () => {
    const tenant = await createTenant();
    const product = await createProduct(tenant.id, { priceCents: 1000 });
    await openPizzas(tenant.id, product.id, 1, 8);
    await order(tenant, product.id, 2, { name: 'Ana' }, true);
    const refunded = await order(tenant, product.id, 3, { name: 'Bruno' }, true);
    // The kitchen started it: the refund leaves its slices SOLD, but it is no longer a sale.
    expect((await startPreparation({ tenantId: tenant.id, orderId: refunded.id })).ok).toBe(true);
    expect((await refundOrder({ tenantId: tenant.id, orderId: refunded.id, reason: 'Cliente desistiu' })).ok).toBe(
      true,
    );
    const [batch] = await listOpenBatches(tenant.id);
    expect(batch).toMatchObject({ sold: 5 });

    expect(await todaySummary(tenant.id, tenant.timezone)).toMatchObject({
      salesCount: 1,
      salesCents: 2000,
      slicesSold: 2,
      ordersByStatus: { PAID: 1, REFUNDED: 1 },
    });
  });

  it('filters orders by status, by day and by code, name or phone, within the tenant only', async () => {
    const tenant = await createTenant();
    const product = await createProduct(tenant.id);
    await openPizzas(tenant.id, product.id, 1, 8);
    const ana = await order(tenant, product.id, 1, { name: 'Ana Souza', phone: '(11) 98765-4321' }, true);
    const bruno = await order(tenant, product.id, 1, { name: 'Bruno' }, false);
    const other = await createTenant();
    const otherProduct = await createProduct(other.id);
    await openPizzas(other.id, otherProduct.id, 1, 8);
    await order(other, otherProduct.id, 1, { name: 'Ana Souza', phone: '11987654321' }, true);

    const codes = async (filter: Parameters<typeof searchOrders>[2]) =>
      (await searchOrders(tenant.id, tenant.timezone, filter)).map((o) => o.code).sort();
    expect(await codes({})).toEqual([ana.code, bruno.code].sort());
    expect(await codes({ status: 'PAID' })).toEqual([ana.code]);
    expect(await codes({ q: 'souza' })).toEqual([ana.code]);
    expect(await codes({ q: '98765 4321' })).toEqual([ana.code]);
    expect(await codes({ q: bruno.code.toLowerCase() })).toEqual([bruno.code]);
    expect(await codes({ q: '100%_' })).toEqual([]);
    expect(await codes({ day: '2001-01-01' })).toEqual([]);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: tenant.timezone }).format(new Date());
    expect(await codes({ day: today })).toHaveLength(2);
  });
});
