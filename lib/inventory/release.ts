import { sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import type { Order } from '@/db/schema';
import { log } from '@/lib/observability/log';
import { lockOrder } from '@/lib/orders/lock';
import { markCancelled } from '@/lib/orders/transitions';
import { writeEvents } from '@/lib/outbox/write';
import { invalidInput } from '@/lib/result';
import { errors, type Result } from './errors';
import { holdKey, holds, type GuardedHoldStore } from './holds';
import { orderRefSchema, type OrderRef } from './schemas';

export type ReleaseReason = 'customer_cancelled' | 'payment_rejected' | 'payment_cancelled';

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
    return { ok: true as const, ...(await releaseLockedOrder(tx, order, raw.reason)) };
  });
  if (!outcome.ok) return outcome;

  await dropHolds(tenantId, orderId, outcome.sliceIds, deps);
  return { ok: true, order: outcome.order, released: outcome.sliceIds.length };
}

/**
 * The release inside the caller's transaction, on an order it has locked (lockOrder).
 * Only a PENDING order changes; call dropHolds with the slice ids after commit.
 */
export async function releaseLockedOrder(tx: Tx, order: Order, reason: ReleaseReason) {
  if (order.status !== 'PENDING') return { order, sliceIds: [] as number[] };
  const freed = await tx.execute<{ id: string; product_id: string }>(sql`
    UPDATE slices SET status = 'AVAILABLE', order_id = NULL, reserved_until = NULL
    WHERE tenant_id = ${order.tenantId} AND order_id = ${order.id} AND status = 'RESERVED'
    RETURNING id, product_id`);
  const cancelled = await markCancelled(tx, order, reason);
  await writeEvents(tx, order.tenantId, [
    {
      type: 'inventory.changed',
      aggregateId: null,
      payload: { productIds: [...new Set(freed.map((r) => r.product_id))] },
    },
  ]);
  return { order: cancelled, sliceIds: freed.map((r) => Number(r.id)) };
}

/** Drops released slices' keys from the hold store; if that fails they expire by TTL. */
export async function dropHolds(
  tenantId: string,
  orderId: string,
  sliceIds: number[],
  deps: { holds: GuardedHoldStore } = { holds },
) {
  if (sliceIds.length === 0) return;
  const keys = sliceIds.map((id) => holdKey(tenantId, id));
  await deps.holds.store
    .release(keys, orderId)
    .catch((err: unknown) => log.warn({ err }, 'could not drop holds; they expire by TTL'));
}
