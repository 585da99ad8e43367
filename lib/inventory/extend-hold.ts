import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { orders, tenants, type Order } from '@/db/schema';
import { log } from '@/lib/observability/log';
import { writeEvents } from '@/lib/outbox/write';
import { errors, fail, type Result } from './errors';
import { holdKey, holds, type GuardedHoldStore } from './holds';
import { invalidInput, orderRefSchema, type OrderRef } from './schemas';

/**
 * Gives a pending payment more time, once: the hold restarts from now for the
 * tenant's hold time, never past the tenant's maximum counted from the order.
 */
export async function extendHold(
  raw: OrderRef,
  deps: { holds: GuardedHoldStore } = { holds },
): Promise<Result<{ order: Order }>> {
  const parsed = orderRefSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const { tenantId, orderId } = parsed.data;

  const outcome = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        order: orders,
        expired: sql<boolean>`${orders.holdExpiresAt} <= now()`,
        // Restart the hold from now, capped by the tenant's maximum counted from the order.
        until:
          sql`least(now() + make_interval(secs => ${tenants.holdSeconds}), ${orders.createdAt} + make_interval(secs => ${tenants.maxHoldSeconds}))`.mapWith(
            orders.holdExpiresAt,
          ),
      })
      .from(orders)
      .innerJoin(tenants, eq(tenants.id, orders.tenantId))
      .where(and(eq(orders.tenantId, tenantId), eq(orders.id, orderId)))
      .for('update', { of: orders });
    if (!row) return errors.orderNotFound();
    const { order } = row;
    if (order.status !== 'PENDING') {
      return fail({
        code: 'order_closed',
        message: 'Este pedido não está mais aguardando pagamento.',
        status: order.status,
      });
    }
    if (order.holdExtendedAt) {
      return fail({ code: 'hold_already_extended', message: 'A reserva já foi prorrogada uma vez.' });
    }
    if (row.expired) return fail({ code: 'hold_expired', message: 'O tempo de reserva já acabou.' });
    if (row.until <= order.holdExpiresAt) {
      return fail({ code: 'hold_at_limit', message: 'A reserva já está no tempo máximo permitido.' });
    }

    const [extended] = await tx
      .update(orders)
      .set({ holdExpiresAt: row.until, holdExtendedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(orders.id, orderId))
      .returning();
    const moved = await tx.execute<{ id: string }>(sql`
      UPDATE slices SET reserved_until = ${row.until.toISOString()}
      WHERE tenant_id = ${tenantId} AND order_id = ${orderId} AND status = 'RESERVED' AND reserved_until > now()
      RETURNING id`);
    await writeEvents(tx, tenantId, [
      { type: 'order.hold_extended', aggregateId: orderId, payload: { holdExpiresAt: row.until.toISOString() } },
    ]);
    return { ok: true as const, order: extended!, sliceIds: moved.map((r) => Number(r.id)) };
  });
  if (!outcome.ok) return outcome;

  const seconds = Math.max(1, Math.ceil((outcome.order.holdExpiresAt.getTime() - Date.now()) / 1000));
  const keys = outcome.sliceIds.map((id) => holdKey(tenantId, id));
  await deps.holds.store
    .extend(keys, orderId, seconds)
    .catch((err: unknown) => log.warn({ err }, 'could not extend holds in the hold store'));
  return { ok: true, order: outcome.order };
}
