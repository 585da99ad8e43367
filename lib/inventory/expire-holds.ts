import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { metrics } from '@/lib/observability/metrics';
import { expireDueOrders } from '@/lib/orders/transitions';
import { writeEvents } from '@/lib/outbox/write';

/**
 * Worker job: pending orders whose hold ran out become EXPIRED and their slices
 * go back on sale. The reserve path already treats such slices as free; this
 * makes it visible (order status, outbox events for the live counts).
 * Hold-store keys need no cleanup: they carry the same TTL.
 */
export async function expireHolds({ limit = 500 } = {}) {
  return db.transaction(async (tx) => {
    const expired = await expireDueOrders(tx, limit);
    if (expired.length === 0) return { orders: 0, slices: 0 };
    for (const o of expired) metrics.holdExpiries.inc({ tenant: o.tenantId });

    const freed = await tx.execute<{ tenant_id: string; product_id: string }>(sql`
      UPDATE slices SET status = 'AVAILABLE', order_id = NULL, reserved_until = NULL
      WHERE order_id IN (${sql.join(
        expired.map((o) => sql`${o.id}::uuid`),
        sql`, `,
      )}) AND status = 'RESERVED'
      RETURNING tenant_id, product_id`);

    for (const tenantId of new Set(freed.map((f) => f.tenant_id))) {
      const productIds = [...new Set(freed.filter((f) => f.tenant_id === tenantId).map((f) => f.product_id))];
      await writeEvents(tx, tenantId, [{ type: 'inventory.changed', aggregateId: null, payload: { productIds } }]);
    }
    return { orders: expired.length, slices: freed.length };
  });
}
