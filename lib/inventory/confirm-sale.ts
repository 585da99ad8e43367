import { and, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { orderItems, type Order } from '@/db/schema';
import { lockOrder } from '@/lib/orders/lock';
import { isPaid } from '@/lib/orders/status';
import { markCancelled, markPaid } from '@/lib/orders/transitions';
import { writeEvents } from '@/lib/outbox/write';
import { invalidInput } from '@/lib/result';
import { errors, fail, type Result } from './errors';
import { orderRefSchema, type OrderRef } from './schemas';
import { findSellableSlices, idList } from './sellable';

/**
 * Payment came in: sell the order's slices. Idempotent. If the hold ran out and
 * someone else took some slices, take the same number of other free slices; if
 * there are none, give back what the order still holds and cancel it, so the
 * payment can be refunded. Never sells a slice another order holds.
 */
export async function confirmSale(raw: OrderRef): Promise<Result<{ order: Order; replay: boolean }>> {
  const parsed = orderRefSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const { tenantId, orderId } = parsed.data;

  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, orderId);
    if (!order) return errors.orderNotFound();
    return confirmSaleOfLockedOrder(tx, order);
  });
}

/**
 * The sale itself, inside the caller's transaction on an order it has locked (lockOrder):
 * the payment path records which payment paid in the same transaction.
 */
export async function confirmSaleOfLockedOrder(
  tx: Tx,
  order: Order,
): Promise<Result<{ order: Order; replay: boolean }>> {
  const tenantId = order.tenantId;
  if (isPaid(order.status)) return { ok: true as const, order, replay: true };
  const items = await itemsOf(tx, order);
  if (order.status === 'CANCELLED' || order.status === 'REFUNDED') {
    return order.cancelReason === 'stock_lost'
      ? stockLost(await missingFor(tx, order, items))
      : fail({ code: 'order_closed', message: 'Este pedido foi cancelado.', status: order.status });
  }

  const missing = await missingFor(tx, order, items);
  const retaken: number[] = [];
  for (const m of missing) {
    const found = await findSellableSlices(tx, tenantId, [{ productId: m.productId, limit: m.quantity }], {
      skipLocked: true,
    });
    retaken.push(...found.get(m.productId)!);
  }
  if (retaken.length < missing.reduce((n, m) => n + m.quantity, 0)) {
    await giveBack(tx, order, items);
    return stockLost(missing);
  }

  const sold = await tx.execute(sql`
    UPDATE slices SET status = 'SOLD', order_id = ${order.id}, reserved_until = NULL, sold_at = now()
    WHERE tenant_id = ${tenantId} AND (order_id = ${order.id} AND status = 'RESERVED'
      ${retaken.length > 0 ? sql`OR id IN (${idList(retaken)})` : sql``})
    RETURNING id`);
  if (sold.length !== items.reduce((n, i) => n + i.quantity, 0)) {
    throw new Error(`order ${order.id}: sold ${sold.length} slices, expected the ordered quantity`);
  }
  const paid = await markPaid(tx, order);
  await writeEvents(tx, tenantId, [
    { type: 'inventory.changed', aggregateId: null, payload: { productIds: items.map((i) => i.productId) } },
  ]);
  return { ok: true as const, order: paid, replay: false };
}

function itemsOf(tx: Tx, order: Order) {
  return tx
    .select({ productId: orderItems.productId, quantity: orderItems.quantity })
    .from(orderItems)
    .where(and(eq(orderItems.tenantId, order.tenantId), eq(orderItems.orderId, order.id)));
}

/** Per flavor, how many slices the order paid for but no longer holds. */
type Items = Awaited<ReturnType<typeof itemsOf>>;

async function missingFor(tx: Tx, order: Order, items: Items) {
  // Locked, so a buyer taking over an expired hold waits for us instead of racing us.
  const held = await tx.execute<{ product_id: string }>(sql`
    SELECT product_id FROM slices
    WHERE tenant_id = ${order.tenantId} AND order_id = ${order.id} AND status = 'RESERVED'
    FOR UPDATE`);
  const heldBy = new Map<string, number>();
  for (const r of held) heldBy.set(r.product_id, (heldBy.get(r.product_id) ?? 0) + 1);
  return items
    .map((i) => ({ productId: i.productId, quantity: i.quantity - (heldBy.get(i.productId) ?? 0) }))
    .filter((m) => m.quantity > 0);
}

async function giveBack(tx: Tx, order: Order, items: Items) {
  await tx.execute(sql`
    UPDATE slices SET status = 'AVAILABLE', order_id = NULL, reserved_until = NULL
    WHERE tenant_id = ${order.tenantId} AND order_id = ${order.id} AND status = 'RESERVED'`);
  await markCancelled(tx, order, 'stock_lost');
  await writeEvents(tx, order.tenantId, [
    { type: 'inventory.changed', aggregateId: null, payload: { productIds: items.map((i) => i.productId) } },
  ]);
}

function stockLost(missing: { productId: string; quantity: number }[]) {
  return fail({
    code: 'stock_lost',
    message: 'O tempo de reserva acabou e os pedaços foram vendidos. O pagamento será devolvido.',
    missing,
  });
}
