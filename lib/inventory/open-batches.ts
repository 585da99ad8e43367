import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { sliceIsFree } from './sellable';

export type OpenBatchView = {
  batchId: string;
  productId: string;
  productName: string;
  sliceCount: number;
  openedAt: Date;
  freshUntil: Date;
  free: number;
  held: number;
  sold: number;
};

/** The pizzas on the counter now, oldest first, with where each slice stands. */
export async function listOpenBatches(tenantId: string): Promise<OpenBatchView[]> {
  const rows = await db.execute<{
    id: string;
    product_id: string;
    name: string;
    slice_count: number;
    opened_at: string;
    fresh_until: string;
    free: number;
    held: number;
    sold: number;
  }>(sql`
    SELECT b.id, b.product_id, p.name, b.slice_count, b.opened_at, b.fresh_until,
      count(*) FILTER (WHERE ${sliceIsFree})::int AS free,
      count(*) FILTER (WHERE s.status = 'RESERVED' AND s.reserved_until >= now())::int AS held,
      count(*) FILTER (WHERE s.status = 'SOLD')::int AS sold
    FROM batches b
    JOIN products p ON p.tenant_id = b.tenant_id AND p.id = b.product_id
    JOIN slices s ON s.batch_id = b.id
    WHERE b.tenant_id = ${tenantId} AND b.status = 'OPEN'
    GROUP BY b.id, p.name
    ORDER BY b.opened_at, b.id`);
  return rows.map((r) => ({
    batchId: r.id,
    productId: r.product_id,
    productName: r.name,
    sliceCount: r.slice_count,
    openedAt: new Date(r.opened_at),
    freshUntil: new Date(r.fresh_until),
    free: r.free,
    held: r.held,
    sold: r.sold,
  }));
}
