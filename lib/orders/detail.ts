import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { orders, outboxEvents } from '@/db/schema';
import { listOrderItems } from './items';

/** One order of this tenant with its items and the events that moved it, oldest first. */
export async function getOrderDetail(tenantId: string, orderId: string) {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), eq(orders.id, orderId)))
    .limit(1);
  if (!order) return null;
  const [items, timeline] = await Promise.all([
    listOrderItems(tenantId, orderId),
    db
      .select({
        id: outboxEvents.id,
        type: outboxEvents.type,
        at: outboxEvents.createdAt,
        payload: outboxEvents.payload,
      })
      .from(outboxEvents)
      .where(and(eq(outboxEvents.tenantId, tenantId), eq(outboxEvents.aggregateId, orderId)))
      .orderBy(asc(outboxEvents.id)),
  ]);
  return { order, items, timeline };
}

export type OrderDetail = NonNullable<Awaited<ReturnType<typeof getOrderDetail>>>;
