import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { db } from '@/db/client';
import { orders } from '@/db/schema';
import { markDelivered, markReady, type MoveResult, startPreparation, undoLastMove } from '@/lib/orders/transitions';
import { fail, type Result } from '@/lib/result';
import type { VerifiedKey } from './keys';
import type { ApiOrder, transitionBodySchema } from './order-schemas';
import { readOrder } from './orders';

const moves = { start: startPreparation, ready: markReady, deliver: markDelivered };

/** POST /orders/{code}/transitions: an external KDS moves an order, through the same transitions as ours. */
export async function moveApiOrder(
  key: VerifiedKey,
  code: string,
  body: z.output<typeof transitionBodySchema>,
): Promise<Result<{ order: ApiOrder }>> {
  const [row] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.tenantId, key.tenantId), eq(orders.code, code)));
  if (!row) return fail({ code: 'order_not_found', message: 'Pedido não encontrado.' });
  const ref = { tenantId: key.tenantId, orderId: row.id };
  const moved: MoveResult =
    body.move === 'undo' ? await undoLastMove({ ...ref, from: body.from }) : await moves[body.move](ref);
  if (!moved.ok) return moved;
  const order = await readOrder(key, code);
  return order ? { ok: true, order } : fail({ code: 'order_not_found', message: 'Pedido não encontrado.' });
}
