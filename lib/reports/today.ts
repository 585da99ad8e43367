import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import type { OrderStatus } from '@/db/schema';
import { PAID_STATUSES_SQL } from '@/lib/orders/status-sql';

export type TodaySummary = {
  salesCount: number;
  salesCents: number;
  slicesSold: number;
  slicesWasted: number;
  openPizzas: number;
  ordersByStatus: Partial<Record<OrderStatus, number>>;
  /** Sales per hour of the local day, index 0–23. */
  salesByHour: { count: number; cents: number }[];
};

/** Today's figures in the pizzeria's own time zone. */
export async function todaySummary(tenantId: string, timezone: string): Promise<TodaySummary> {
  const today = sql`(now() AT TIME ZONE ${timezone})::date`;
  const local = (column: string) => sql`(${sql.identifier(column)} AT TIME ZONE ${timezone})`;
  // One definition of a sale for every figure: an order paid today that still counts as paid
  // (a refund takes it out of the count, the money and the slices alike).
  const sales = sql`SELECT id, paid_at, total_cents FROM orders
    WHERE tenant_id = ${tenantId} AND status IN ${PAID_STATUSES_SQL} AND ${local('paid_at')}::date = ${today}`;
  const [hours, statuses, [slices], [pizzas]] = await Promise.all([
    db.execute<{ hour: number; n: number; cents: number }>(sql`
      SELECT extract(hour FROM ${local('paid_at')})::int AS hour, count(*)::int AS n, coalesce(sum(total_cents), 0)::int AS cents
      FROM (${sales}) sales GROUP BY 1`),
    db.execute<{ status: OrderStatus; n: number }>(sql`
      SELECT status, count(*)::int AS n FROM orders
      WHERE tenant_id = ${tenantId} AND ${local('created_at')}::date = ${today} GROUP BY 1`),
    db.execute<{ sold: number; wasted: number }>(sql`
      SELECT
        (SELECT count(*) FROM slices s WHERE s.tenant_id = ${tenantId} AND s.status = 'SOLD'
           AND s.order_id IN (SELECT id FROM (${sales}) sales))::int AS sold,
        (SELECT count(*) FROM slices s JOIN batches b ON b.id = s.batch_id
         WHERE s.tenant_id = ${tenantId} AND s.status = 'WASTED'
           AND (coalesce(b.closed_at, b.fresh_until) AT TIME ZONE ${timezone})::date = ${today})::int AS wasted`),
    db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM batches WHERE tenant_id = ${tenantId} AND status = 'OPEN' AND fresh_until > now()`,
    ),
  ]);
  const salesByHour = Array.from({ length: 24 }, () => ({ count: 0, cents: 0 }));
  for (const h of hours) salesByHour[h.hour] = { count: h.n, cents: h.cents };
  return {
    salesCount: hours.reduce((sum, h) => sum + h.n, 0),
    salesCents: hours.reduce((sum, h) => sum + h.cents, 0),
    slicesSold: slices?.sold ?? 0,
    slicesWasted: slices?.wasted ?? 0,
    openPizzas: pizzas?.n ?? 0,
    ordersByStatus: Object.fromEntries(statuses.map((s) => [s.status, s.n])),
    salesByHour,
  };
}
