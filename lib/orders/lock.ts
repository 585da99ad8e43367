import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { orders } from '@/db/schema';

/** The tenant's order, row-locked for the rest of the transaction: order-level changes take turns. */
export async function lockOrder(tx: Tx, tenantId: string, orderId: string) {
  const [order] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), eq(orders.id, orderId)))
    .for('update');
  return order ?? null;
}
