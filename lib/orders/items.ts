import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { orderItems, products } from '@/db/schema';

/** An order's lines with their flavor names, in menu order. */
export function listOrderItems(tenantId: string, orderId: string) {
  return db
    .select({
      productId: orderItems.productId,
      name: products.name,
      quantity: orderItems.quantity,
      unitPriceCents: orderItems.unitPriceCents,
    })
    .from(orderItems)
    .innerJoin(products, and(eq(products.tenantId, orderItems.tenantId), eq(products.id, orderItems.productId)))
    .where(and(eq(orderItems.tenantId, tenantId), eq(orderItems.orderId, orderId)))
    .orderBy(asc(products.sortOrder), asc(products.name));
}
