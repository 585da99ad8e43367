import { randomUUID } from 'node:crypto';
import { db } from '../db/client';
import { products } from '../db/schema';
import { confirmSale, openBatch, reserveSlices } from '../lib/inventory';

/** The benchmark's shop: one flavor, enough pizzas, paid orders of one slice each. */
export async function createProduct(tenantId: string) {
  const [product] = await db
    .insert(products)
    .values({ tenantId, name: `Sabor ${randomUUID().slice(0, 8)}`, priceCents: 1000 })
    .returning();
  return product!;
}

export async function openPizzasFor(tenantId: string, productId: string, count: number) {
  for (let i = 0; i < count; i++) {
    const opened = await openBatch({ tenantId, productId, sliceCount: 8 });
    if (!opened.ok) throw new Error(opened.error.message);
  }
}

export async function paidOrder(tenantId: string, productId: string) {
  const reserved = await reserveSlices({
    tenantId,
    idempotencyKey: `bench-${randomUUID()}`,
    items: [{ productId, quantity: 1 }],
  });
  if (!reserved.ok) throw new Error(reserved.error.message);
  const paid = await confirmSale({ tenantId, orderId: reserved.order.id });
  if (!paid.ok) throw new Error(paid.error.message);
  return paid.order;
}
