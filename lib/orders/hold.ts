import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { orders, tenants } from '@/db/schema';
import { writeEvents } from '@/lib/outbox/write';
import { fail } from '@/lib/result';

/**
 * Gives a pending order's hold more time, once: it restarts from now for the tenant's hold
 * time, never past the tenant's maximum counted from the order. Locks the order; the caller
 * moves the slices' own deadlines in the same transaction.
 */
export async function extendOrderHold(tx: Tx, tenantId: string, orderId: string) {
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
  if (!row) return fail({ code: 'order_not_found', message: 'Pedido não encontrado.' });
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
  await writeEvents(tx, tenantId, [
    { type: 'order.hold_extended', aggregateId: orderId, payload: { holdExpiresAt: row.until.toISOString() } },
  ]);
  return { ok: true as const, order: extended! };
}
