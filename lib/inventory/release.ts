import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { orders, type Order } from '@/db/schema';
import { log } from '@/lib/observability/log';
import { lockOrder } from '@/lib/orders/lock';
import { writeEvents } from '@/lib/outbox/write';
import { errors, type Result } from './errors';
import { holdKey, holds, type GuardedHoldStore } from './holds';
import { invalidInput, orderRefSchema, type OrderRef } from './schemas';

export type ReleaseReason = 'customer_cancelled' | 'payment_rejected';

/** Ends a pending order's hold and puts its slices back on sale. Idempotent. */
export async function releaseOrder(
  raw: OrderRef & { reason: ReleaseReason },
  deps: { holds: GuardedHoldStore } = { holds },
): Promise<Result<{ order: Order; released: number }>> {
  const parsed = orderRefSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const { tenantId, orderId } = parsed.data;

  const outcome = await db.transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, orderId);
    if (!order) return errors.orderNotFound();
    if (order.status !== 'PENDING') return { ok: true as const, order, sliceIds: [] as number[] };

    const freed = await tx.execute<{ id: string; product_id: string }>(sql`
      UPDATE slices SET status = 'AVAILABLE', order_id = NULL, reserved_until = NULL
      WHERE tenant_id = ${tenantId} AND order_id = ${orderId} AND status = 'RESERVED'
      RETURNING id, product_id`);
    const [cancelled] = await tx
      .update(orders)
      .set({ status: 'CANCELLED', cancelReason: raw.reason, updatedAt: sql`now()` })
      .where(eq(orders.id, orderId))
      .returning();
    await writeEvents(tx, tenantId, [
      { type: 'order.cancelled', aggregateId: orderId, payload: { code: order.code, reason: raw.reason } },
      { type: 'inventory.changed', aggregateId: null, payload: { productIds: [...new Set(freed.map((r) => r.product_id))] } },
    ]);
    return { ok: true as const, order: cancelled!, sliceIds: freed.map((r) => Number(r.id)) };
  });
  if (!outcome.ok) return outcome;

  const keys = outcome.sliceIds.map((id) => holdKey(tenantId, id));
  await deps.holds.store.release(keys, orderId).catch((err: unknown) => log.warn({ err }, 'could not drop holds; they expire by TTL'));
  return { ok: true, order: outcome.order, released: outcome.sliceIds.length };
}
