'use server';

import { z } from 'zod';
import { actionError } from '@/lib/actions/validated-action';
import { memberAction, ROLES } from '@/lib/auth';
import { openBatch } from '@/lib/inventory';
import {
  KITCHEN_FLOW,
  markDelivered,
  markReady,
  startPreparation,
  undoLastMove,
  type MoveResult,
} from '@/lib/orders/transitions';

const orderId = z.uuid({ error: 'Pedido inválido.' });
const moveSchema = z.discriminatedUnion(
  'move',
  [
    z.object({ move: z.enum(['start', 'ready', 'deliver']), orderId }),
    z.object({ move: z.literal('undo'), orderId, from: z.enum(KITCHEN_FLOW, { error: 'Situação inválida.' }) }),
  ],
  { error: 'Movimento inválido.' },
);

const moves = { start: startPreparation, ready: markReady, deliver: markDelivered };

/** A card moves one column (or back, with undo). */
export const moveOrderAction = memberAction(moveSchema, ROLES.kitchen, async (input, member) => {
  const ref = { tenantId: member.tenant.id, orderId: input.orderId };
  const result: MoveResult =
    input.move === 'undo' ? await undoLastMove({ ...ref, from: input.from }) : await moves[input.move](ref);
  if (!result.ok) return actionError(result.error.code, result.error.message);
  return { ok: true as const, status: result.order.status };
});

/** "Abrir pizza": a new batch of the flavor, on sale on every storefront at once. */
export const openPizzaAction = memberAction(
  z.object({ productId: z.uuid({ error: 'Sabor inválido.' }) }),
  ROLES.kitchen,
  async (input, member) => {
    const opened = await openBatch({ tenantId: member.tenant.id, productId: input.productId });
    if (!opened.ok) return actionError(opened.error.code, opened.error.message);
    return { ok: true as const, sliceCount: opened.batch.sliceCount };
  },
);
