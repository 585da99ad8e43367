import { sql } from 'drizzle-orm';
import { Gauge } from 'prom-client';
import { db } from '@/db/client';
import { batchIsSelling, sliceIsFree } from '@/lib/inventory/sellable';
import { log } from '@/lib/observability/log';
import { metricGroup } from '@/lib/observability/registry';
import { PAID_STATUSES_SQL } from '@/lib/orders/status-sql';

/**
 * Stock and sales read from Postgres at scrape time, by the worker alone: every web replica
 * exporting them would multiply each figure by the number of replicas in every sum.
 *
 * The per-flavor series are capped so a thousand pizzerias stay affordable: per pizzeria the
 * FLAVORS_PER_TENANT flavors with an open pizza and the fewest free slices (the ones a low-stock
 * alert is about), and at most MAX_FLAVOR_SERIES in all, fewest free slices first. Exact figures
 * for every flavor come from Postgres (the Grafana "Estoque" dashboard's SQL panels).
 */
export const FLAVORS_PER_TENANT = 10;
export const MAX_FLAVOR_SERIES = 2_000;
/** A pending order this long past its hold is stuck: the worker releases holds every 5 s. */
const OVERDUE_SECONDS = 60;

type Snapshot = {
  stock: { tenant_id: string; product_id: string; name: string; free: number }[];
  progress: { tenant_id: string; status: string; n: number }[];
  tenants: { id: string; slug: string; is_open: boolean; cents: string; orders: number; overdue: number }[];
};

async function read(): Promise<Snapshot> {
  const [stock, progress, tenants] = await Promise.all([
    db.execute<Snapshot['stock'][number]>(sql`
      SELECT tenant_id, product_id, name, free FROM (
        SELECT s.tenant_id, s.product_id, p.name, count(*) FILTER (WHERE ${sliceIsFree})::int AS free,
          row_number() OVER (PARTITION BY s.tenant_id ORDER BY count(*) FILTER (WHERE ${sliceIsFree}), p.name) AS rank
        FROM slices s JOIN batches b ON b.id = s.batch_id JOIN products p ON p.id = s.product_id
        WHERE ${batchIsSelling}
        GROUP BY s.tenant_id, s.product_id, p.name
      ) x WHERE rank <= ${FLAVORS_PER_TENANT}
      ORDER BY free, tenant_id, product_id LIMIT ${MAX_FLAVOR_SERIES}`),
    db.execute<Snapshot['progress'][number]>(sql`
      SELECT tenant_id, status, count(*)::int AS n FROM orders
      WHERE status IN ('PENDING', 'PAID', 'IN_PREPARATION', 'READY') GROUP BY 1, 2`),
    db.execute<Snapshot['tenants'][number]>(sql`
      SELECT t.id, t.slug, t.is_open,
        coalesce(sum(o.total_cents) FILTER (WHERE o.status IN ${PAID_STATUSES_SQL}
          AND o.paid_at >= date_trunc('day', now() AT TIME ZONE t.timezone) AT TIME ZONE t.timezone), 0)::text AS cents,
        count(o.id) FILTER (WHERE o.status IN ${PAID_STATUSES_SQL}
          AND o.paid_at >= date_trunc('day', now() AT TIME ZONE t.timezone) AT TIME ZONE t.timezone)::int AS orders,
        count(o.id) FILTER (WHERE o.status = 'PENDING'
          AND o.hold_expires_at < now() - make_interval(secs => ${OVERDUE_SECONDS}))::int AS overdue
      FROM tenants t
      LEFT JOIN orders o ON o.tenant_id = t.id
        AND (o.status = 'PENDING' OR o.paid_at >= now() - interval '2 days')
      GROUP BY t.id`),
  ]);
  return { stock: [...stock], progress: [...progress], tenants: [...tenants] };
}

// One read serves every gauge of a scrape (prom-client collects them concurrently).
let latest: { at: number; snapshot: Promise<Snapshot | null> } | null = null;
function snapshot() {
  if (!latest || Date.now() - latest.at > 1_000) {
    latest = {
      at: Date.now(),
      snapshot: read().catch((err: unknown) => {
        // The scrape still answers (process metrics, jobs); these gauges keep their last values.
        log.warn({ err }, 'stock gauges could not be read');
        return null;
      }),
    };
  }
  return latest.snapshot;
}

function filler<L extends string>(rows: (s: Snapshot) => [Partial<Record<L, string>>, number][]) {
  return async function (this: Gauge<L>) {
    const s = await snapshot();
    if (!s) return;
    this.reset();
    for (const [labels, value] of rows(s)) this.set(labels, value);
  };
}

export function registerStockGauges() {
  return metricGroup('stock', (registers) => ({
    available: new Gauge<'tenant' | 'product' | 'flavor'>({
      name: 'inventory_slices_available',
      help: `Free slices per flavor with an open pizza (per pizzeria its ${FLAVORS_PER_TENANT} lowest, ${MAX_FLAVOR_SERIES} series at most)`,
      labelNames: ['tenant', 'product', 'flavor'] as const,
      registers,
      collect: filler((s) =>
        s.stock.map((r) => [{ tenant: r.tenant_id, product: r.product_id, flavor: r.name }, r.free]),
      ),
    }),
    inProgress: new Gauge<'tenant' | 'status'>({
      name: 'orders_in_progress',
      help: 'Orders not yet finished, by pizzeria and status',
      labelNames: ['tenant', 'status'] as const,
      registers,
      collect: filler((s) => s.progress.map((r) => [{ tenant: r.tenant_id, status: r.status }, r.n])),
    }),
    salesCents: new Gauge<'tenant'>({
      name: 'sales_today_cents',
      help: "Paid sales since midnight in the pizzeria's time zone, in centavos",
      labelNames: ['tenant'] as const,
      registers,
      collect: filler((s) => s.tenants.map((t) => [{ tenant: t.id }, Number(t.cents)])),
    }),
    salesOrders: new Gauge<'tenant'>({
      name: 'sales_today_orders',
      help: "Paid orders since midnight in the pizzeria's time zone",
      labelNames: ['tenant'] as const,
      registers,
      collect: filler((s) => s.tenants.map((t) => [{ tenant: t.id }, t.orders])),
    }),
    overdue: new Gauge<'tenant'>({
      name: 'inventory_holds_overdue',
      help: `Pending orders more than ${OVERDUE_SECONDS} s past their hold (the worker should have released them)`,
      labelNames: ['tenant'] as const,
      registers,
      collect: filler((s) => s.tenants.map((t) => [{ tenant: t.id }, t.overdue])),
    }),
    open: new Gauge<'tenant' | 'slug'>({
      name: 'tenant_open',
      help: 'Whether the pizzeria is taking orders (1) or closed (0); its slug for dashboards',
      labelNames: ['tenant', 'slug'] as const,
      registers,
      collect: filler((s) => s.tenants.map((t) => [{ tenant: t.id, slug: t.slug }, t.is_open ? 1 : 0])),
    }),
  }));
}
