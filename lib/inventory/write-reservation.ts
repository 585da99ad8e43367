import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { orderItems, orders } from '@/db/schema';
import { newOrderCode } from '@/lib/orders/code';
import { writeEvents } from '@/lib/outbox/write';
import { idList, sliceIsFree } from './sellable';

export type PricedItem = { productId: string; quantity: number; unitPriceCents: number };

export type ReservationDraft = {
  orderId: string;
  tenantId: string;
  idempotencyKey: string;
  requestHash: string;
  customer?: { name: string; phone?: string; email?: string };
  items: PricedItem[];
  sliceIds: number[];
  holdSeconds: number;
};

/** Another request won a slice between our pick and our update: roll back and try again. */
export class SliceTaken extends Error {}
/** The same idempotency key committed first in a concurrent request. */
export class DuplicateRequest extends Error {}

/**
 * The truth of a reservation, in the caller's transaction: the order, its items,
 * the conditional claim of exactly these slices, and the outbox events.
 */
export async function writeReservation(tx: Tx, draft: ReservationDraft) {
  const totalCents = draft.items.reduce((sum, i) => sum + i.quantity * i.unitPriceCents, 0);
  const [order] = await tx
    .insert(orders)
    .values({
      id: draft.orderId,
      tenantId: draft.tenantId,
      code: newOrderCode(),
      idempotencyKey: draft.idempotencyKey,
      requestHash: draft.requestHash,
      customerName: draft.customer?.name,
      customerPhone: draft.customer?.phone,
      customerEmail: draft.customer?.email,
      totalCents,
      holdExpiresAt: sql`now() + make_interval(secs => ${draft.holdSeconds})`,
    })
    .onConflictDoNothing({ target: [orders.tenantId, orders.idempotencyKey] })
    .returning();
  if (!order) throw new DuplicateRequest();

  await tx.insert(orderItems).values(draft.items.map((i) => ({ ...i, tenantId: draft.tenantId, orderId: order.id })));

  const claimed = await tx.execute(sql`
    UPDATE slices s SET status = 'RESERVED', order_id = ${order.id}, reserved_until = ${order.holdExpiresAt.toISOString()}
    WHERE s.tenant_id = ${draft.tenantId} AND s.id IN (${idList(draft.sliceIds)}) AND ${sliceIsFree}
    RETURNING s.id`);
  if (claimed.length !== draft.sliceIds.length) throw new SliceTaken();

  await writeEvents(tx, draft.tenantId, [
    {
      type: 'order.reserved',
      aggregateId: order.id,
      payload: { code: order.code, holdExpiresAt: order.holdExpiresAt.toISOString() },
    },
    { type: 'inventory.changed', aggregateId: null, payload: { productIds: draft.items.map((i) => i.productId) } },
  ]);
  return order;
}
