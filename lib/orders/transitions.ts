import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { orders, type Order } from '@/db/schema';
import { invalidInput } from '@/lib/inventory/schemas';
import type { KitchenStatus } from '@/lib/outbox/events';
import { writeEvents } from '@/lib/outbox/write';
import { lockOrder } from './lock';

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

export type MoveResult = { ok: true; order: Order; replay: boolean } | { ok: false; error: MoveError };

const refSchema = z.object({
  tenantId: z.uuid({ error: 'identificador inválido' }),
  orderId: z.uuid({ error: 'identificador inválido' }),
});
type OrderRef = z.input<typeof refSchema>;

const STATUS_LABEL: Record<Order['status'], string> = {
  PENDING: 'aguardando pagamento',
  PAID: 'novo',
  IN_PREPARATION: 'em preparo',
  READY: 'pronto',
  DELIVERED: 'entregue',
  EXPIRED: 'expirado',
  CANCELLED: 'cancelado',
  REFUNDED: 'reembolsado',
};

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
    return Promise.resolve<MoveResult>({
      ok: false,
      error: { code: 'invalid_move', message: 'Não há movimento para desfazer.', status: ref.from },
    });
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
    if (!order)
      return { ok: false as const, error: { code: 'order_not_found' as const, message: 'Pedido não encontrado.' } };
    if (order.status === to) return { ok: true as const, order, replay: true };
    if (order.status !== from) {
      return {
        ok: false as const,
        error: {
          code: 'invalid_move' as const,
          message: `O pedido ${order.code} está ${STATUS_LABEL[order.status]}; não dá para marcá-lo como ${STATUS_LABEL[to]}.`,
          status: order.status,
        },
      };
    }
    const [moved] = await tx
      .update(orders)
      .set({ status: to, updatedAt: sql`now()` })
      .where(eq(orders.id, order.id))
      .returning();
    await writeEvents(tx, tenantId, [
      { type: 'order.status_changed', aggregateId: order.id, payload: { code: order.code, from, to, undo } },
    ]);
    return { ok: true as const, order: moved!, replay: false };
  });
}
