import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { orderItems, orders, outboxEvents, products } from '@/db/schema';

/** One order of this tenant with its items and the events that moved it, oldest first. */
export async function getOrderDetail(tenantId: string, orderId: string) {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), eq(orders.id, orderId)))
    .limit(1);
  if (!order) return null;
  const [items, timeline] = await Promise.all([
    db
      .select({ name: products.name, quantity: orderItems.quantity, unitPriceCents: orderItems.unitPriceCents })
      .from(orderItems)
      .innerJoin(products, and(eq(products.tenantId, orderItems.tenantId), eq(products.id, orderItems.productId)))
      .where(and(eq(orderItems.tenantId, tenantId), eq(orderItems.orderId, orderId)))
      .orderBy(asc(products.name)),
    db
      .select({ type: outboxEvents.type, at: outboxEvents.createdAt, payload: outboxEvents.payload })
      .from(outboxEvents)
      .where(and(eq(outboxEvents.tenantId, tenantId), eq(outboxEvents.aggregateId, orderId)))
      .orderBy(asc(outboxEvents.id)),
  ]);
  return { order, items, timeline };
}

export type OrderDetail = NonNullable<Awaited<ReturnType<typeof getOrderDetail>>>;
