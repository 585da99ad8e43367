import { eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { db, type Tx } from '@/db/client';
import { orders, type Order, type OrderStatus } from '@/db/schema';
import { metrics } from '@/lib/observability/metrics';
import type { KitchenStatus } from '@/lib/outbox/events';
import { writeEvents } from '@/lib/outbox/write';
import { fail, invalidInput, type Result } from '@/lib/result';
import { lockOrder } from './lock';
import { canMove, statusLabel } from './status';

/**
 * Every change of an order's status happens here, checked against ORDER_MOVES (status.ts), and
 * commits with its outbox event. The payment path (markPaid, markCancelled, markRefunded), the
 * worker (expireDueOrders) and the kitchen (startPreparation … undoLastMove) all come through.
 * Callers that also move slices or money pass their transaction and a row they have locked.
 */
async function setStatus(tx: Tx, order: Order, to: OrderStatus, also: PgUpdateSetSource<typeof orders> = {}) {
  if (!canMove(order.status, to)) throw new Error(`order ${order.id}: no move from ${order.status} to ${to}`);
  const [moved] = await tx
    .update(orders)
    .set({ ...also, status: to, updatedAt: sql`now()` })
    .where(eq(orders.id, order.id))
    .returning();
  metrics.orderTransitions.inc({ tenant: order.tenantId, from: order.status, to });
  return moved!;
}

/** PENDING (or EXPIRED, when the slices could be taken again) → PAID. */
export async function markPaid(tx: Tx, order: Order) {
  const paid = await setStatus(tx, order, 'PAID', { paidAt: sql`now()` });
  await writeEvents(tx, order.tenantId, [{ type: 'order.paid', aggregateId: order.id, payload: { code: order.code } }]);
  return paid;
}

/** A waiting order ends: the customer gave up, the payment failed, or its slices were lost. */
export async function markCancelled(tx: Tx, order: Order, reason: string) {
  const cancelled = await setStatus(tx, order, 'CANCELLED', { cancelReason: reason });
  await writeEvents(tx, order.tenantId, [
    { type: 'order.cancelled', aggregateId: order.id, payload: { code: order.code, reason } },
  ]);
  return cancelled;
}

/** The money went back: a paid or cancelled order becomes REFUNDED, keeping why. */
export async function markRefunded(tx: Tx, order: Order, reason: string) {
  const refunded = await setStatus(tx, order, 'REFUNDED', {
    cancelReason: reason,
    paidAt: sql`coalesce(${orders.paidAt}, now())`,
  });
  await writeEvents(tx, order.tenantId, [
    { type: 'order.refunded', aggregateId: order.id, payload: { code: order.code, reason } },
  ]);
  return refunded;
}

/** PENDING orders whose hold ran out become EXPIRED, oldest first; orders another run holds are skipped. */
export async function expireDueOrders(tx: Tx, limit: number) {
  const expired = await tx.execute<{ id: string; tenant_id: string; code: string }>(sql`
    WITH due AS (
      SELECT id FROM orders
      WHERE status = 'PENDING' AND hold_expires_at <= now()
      ORDER BY hold_expires_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE orders o SET status = 'EXPIRED', updated_at = now()
    FROM due WHERE o.id = due.id
    RETURNING o.id, o.tenant_id, o.code`);
  for (const o of expired) metrics.orderTransitions.inc({ tenant: o.tenant_id, from: 'PENDING', to: 'EXPIRED' });
  for (const tenantId of new Set(expired.map((o) => o.tenant_id))) {
    await writeEvents(
      tx,
      tenantId,
      expired
        .filter((o) => o.tenant_id === tenantId)
        .map((o) => ({ type: 'order.expired' as const, aggregateId: o.id, payload: { code: o.code } })),
    );
  }
  return expired.map((o) => ({ id: o.id, tenantId: o.tenant_id }));
}

/** The kitchen's path for a paid order; each move goes one step forward, an undo one step back. */
export const KITCHEN_FLOW = [
  'PAID',
  'IN_PREPARATION',
  'READY',
  'DELIVERED',
] as const satisfies readonly KitchenStatus[];

export type MoveError =
  | { code: 'invalid_input'; message: string; issues: { path: string; message: string }[] }
  | { code: 'order_not_found'; message: string }
  | { code: 'invalid_move'; message: string; status: Order['status'] };

export type MoveResult = Result<{ order: Order; replay: boolean }, MoveError>;

const refSchema = z.object({
  tenantId: z.uuid({ error: 'identificador inválido' }),
  orderId: z.uuid({ error: 'identificador inválido' }),
});
type OrderRef = z.input<typeof refSchema>;

/** The status in the kitchen's words, inside a sentence. */
const inWords = (status: OrderStatus) => statusLabel(status, 'kitchen').toLowerCase();

/** Novo → Em preparo. */
export const startPreparation = (ref: OrderRef) => move(ref, 'PAID', 'IN_PREPARATION', false);
/** Em preparo → Pronto. */
export const markReady = (ref: OrderRef) => move(ref, 'IN_PREPARATION', 'READY', false);
/** Pronto → Entregue (leaves the board). */
export const markDelivered = (ref: OrderRef) => move(ref, 'READY', 'DELIVERED', false);

/**
 * Takes back the move that brought the order to `from` (the status the caller saw). Naming
 * the status makes a repeated undo harmless: the second one finds the order already back.
 */
export function undoLastMove(ref: OrderRef & { from: KitchenStatus }) {
  const i = KITCHEN_FLOW.indexOf(ref.from);
  if (i <= 0) {
    return Promise.resolve<MoveResult>(
      fail({ code: 'invalid_move', message: 'Não há movimento para desfazer.', status: ref.from }),
    );
  }
  return move(ref, ref.from, KITCHEN_FLOW[i - 1]!, true);
}

/**
 * One step of the kitchen flow, tenant-scoped. Idempotent: an order already at `to` is a replay
 * and writes nothing. The status and its outbox event commit together. The caller checks the role.
 */
async function move(ref: OrderRef, from: KitchenStatus, to: KitchenStatus, undo: boolean): Promise<MoveResult> {
  const parsed = refSchema.safeParse(ref);
  if (!parsed.success) return invalidInput(parsed.error);
  const { tenantId, orderId } = parsed.data;

  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, orderId);
    if (!order) return fail({ code: 'order_not_found', message: 'Pedido não encontrado.' });
    if (order.status === to) return { ok: true as const, order, replay: true };
    if (order.status !== from) {
      return fail({
        code: 'invalid_move',
        message: `O pedido ${order.code} está ${inWords(order.status)}; não dá para marcá-lo como ${inWords(to)}.`,
        status: order.status,
      });
    }
    const moved = await setStatus(tx, order, to);
    await writeEvents(tx, tenantId, [
      { type: 'order.status_changed', aggregateId: order.id, payload: { code: order.code, from, to, undo } },
    ]);
    return { ok: true as const, order: moved, replay: false };
  });
}
