import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';

/**
 * A slice can be sold when it is free, or held by a hold that has run out (the
 * lazy release: the reserve path does not wait for the worker). Expects `s` = slices.
 * The IN list repeats the partial index's predicate (slices_sellable_idx) so the
 * planner can use it and skip the sold slices at the head of the id order.
 */
export const sliceIsFree = sql`(s.status IN ('AVAILABLE', 'RESERVED') AND (s.status = 'AVAILABLE' OR s.reserved_until < now()))`;

/** Expects `b` = the slice's batch: only open pizzas within their freshness deadline sell. */
export const batchIsSelling = sql`(b.status = 'OPEN' AND b.fresh_until > now())`;

export function idList(ids: readonly (string | number)[]): SQL {
  return sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
}

export type Wanted = { productId: string; limit: number };

/** Oldest sellable slices first (ids grow with each pizza opened): FIFO keeps pizza fresh. */
export async function findSellableSlices(
  executor: Executor,
  tenantId: string,
  wanted: Wanted[],
  options: { skipLocked?: boolean } = {},
): Promise<Map<string, number[]>> {
  const rows = sql.join(
    wanted.map((w) => sql`(${w.productId}::uuid, ${w.limit}::int)`),
    sql`, `,
  );
  const found = await executor.execute<{ product_id: string; id: string }>(sql`
    SELECT r.product_id, c.id
    FROM (VALUES ${rows}) AS r(product_id, lim)
    CROSS JOIN LATERAL (
      SELECT s.id FROM slices s JOIN batches b ON b.id = s.batch_id
      WHERE s.tenant_id = ${tenantId} AND s.product_id = r.product_id AND ${sliceIsFree} AND ${batchIsSelling}
      ORDER BY s.id
      LIMIT r.lim
      ${options.skipLocked ? sql`FOR UPDATE OF s SKIP LOCKED` : sql``}
    ) c`);
  const byProduct = new Map(wanted.map((w) => [w.productId, [] as number[]]));
  for (const row of found) byProduct.get(row.product_id)?.push(Number(row.id));
  return byProduct;
}

/** Sellable slices per product right now (committed state). */
export async function countSellable(executor: Executor, tenantId: string, productIds: string[]) {
  const counts = new Map(productIds.map((id) => [id, 0]));
  if (productIds.length === 0) return counts;
  const rows = await executor.execute<{ product_id: string; n: number }>(sql`
    SELECT s.product_id, count(*)::int AS n
    FROM slices s JOIN batches b ON b.id = s.batch_id
    WHERE s.tenant_id = ${tenantId} AND s.product_id IN (${idList(productIds)}) AND ${sliceIsFree} AND ${batchIsSelling}
    GROUP BY s.product_id`);
  for (const row of rows) counts.set(row.product_id, row.n);
  return counts;
}
