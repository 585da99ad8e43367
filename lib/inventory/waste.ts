import { and, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { batches } from '@/db/schema';
import { writeEvents } from '@/lib/outbox/write';
import { fail, type Result } from './errors';
import { sliceIsFree } from './sellable';

/** Writes off the free slices of closed or stale pizzas; slices held by a live hold stay sellable to that order. */
async function writeOff(tx: Tx, scope: ReturnType<typeof sql>) {
  const wasted = await tx.execute<{ tenant_id: string; product_id: string }>(sql`
    UPDATE slices s SET status = 'WASTED', order_id = NULL, reserved_until = NULL
    FROM batches b
    WHERE b.id = s.batch_id AND ${scope} AND ${sliceIsFree}
    RETURNING s.tenant_id, s.product_id`);
  const byTenant = new Map<string, Set<string>>();
  for (const w of wasted) byTenant.set(w.tenant_id, (byTenant.get(w.tenant_id) ?? new Set()).add(w.product_id));
  for (const [tenantId, productIds] of byTenant) {
    await writeEvents(tx, tenantId, [
      { type: 'inventory.changed', aggregateId: null, payload: { productIds: [...productIds] } },
    ]);
  }
  return wasted.length;
}

/** Worker job: pizzas past their freshness deadline close, and what is left of them is waste. */
export async function wasteStaleBatches() {
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(batches)
      .set({ status: 'CLOSED', closedAt: sql`now()` })
      .where(and(eq(batches.status, 'OPEN'), sql`${batches.freshUntil} <= now()`))
      .returning({ id: batches.id });
    const slices = await writeOff(tx, sql`(b.status = 'CLOSED' OR b.fresh_until <= now())`);
    return { batches: closed.length, slices };
  });
}

/** The kitchen takes a pizza off the counter: its free slices become waste at once. */
export async function closeBatch(tenantId: string, batchId: string): Promise<Result<{ wasted: number }>> {
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .update(batches)
      .set({ status: 'CLOSED', closedAt: sql`coalesce(${batches.closedAt}, now())` })
      .where(and(eq(batches.tenantId, tenantId), eq(batches.id, batchId)))
      .returning({ id: batches.id });
    if (!batch) return fail({ code: 'batch_not_found', message: 'Pizza não encontrada.' });
    const wasted = await writeOff(tx, sql`b.tenant_id = ${tenantId} AND b.id = ${batchId}`);
    return { ok: true as const, wasted };
  });
}
