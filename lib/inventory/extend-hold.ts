import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import type { Order } from '@/db/schema';
import { log } from '@/lib/observability/log';
import { metrics } from '@/lib/observability/metrics';
import { extendOrderHold } from '@/lib/orders/hold';
import { invalidInput } from '@/lib/result';
import type { Result } from './errors';
import { holdKey, holds, type GuardedHoldStore } from './holds';
import { orderRefSchema, type OrderRef } from './schemas';

/**
 * Gives a pending payment more time, once (lib/orders/hold.ts decides how much): the order's
 * slices keep their hold until the same moment, in Postgres and in the hold store.
 */
export async function extendHold(
  raw: OrderRef,
  deps: { holds: GuardedHoldStore } = { holds },
): Promise<Result<{ order: Order }>> {
  const parsed = orderRefSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const { tenantId, orderId } = parsed.data;

  const outcome = await db.transaction(async (tx) => {
    const extended = await extendOrderHold(tx, tenantId, orderId);
    if (!extended.ok) return extended;
    const until = extended.order.holdExpiresAt;
    const moved = await tx.execute<{ id: string }>(sql`
      UPDATE slices SET reserved_until = ${until.toISOString()}
      WHERE tenant_id = ${tenantId} AND order_id = ${orderId} AND status = 'RESERVED' AND reserved_until > now()
      RETURNING id`);
    return { ok: true as const, order: extended.order, sliceIds: moved.map((r) => Number(r.id)) };
  });
  if (!outcome.ok) return outcome;
  metrics.holdExtensions.inc({ tenant: tenantId });

  const seconds = Math.max(1, Math.ceil((outcome.order.holdExpiresAt.getTime() - Date.now()) / 1000));
  const keys = outcome.sliceIds.map((id) => holdKey(tenantId, id));
  await deps.holds.store
    .extend(keys, orderId, seconds)
    .catch((err: unknown) => log.warn({ err }, 'could not extend holds in the hold store'));
  return { ok: true, order: outcome.order };
}
