/**
 * `npm run bench:webhook`: how fast a payment notification is acknowledged when it is
 * processed inline (the webhook route's handler, no HTTP): signature, dedupe, re-read of the
 * payment (the dev provider's books: a Postgres read where Mercado Pago would be an HTTP call),
 * and the sale in one transaction. Baseline from the same run: the same notifications
 * delivered again, answered by the dedupe fast path. Mercado Pago's budget is 22 s.
 *
 * Knobs (env): BENCH_POSTGRES_URL (admin URL), BENCH_WEBHOOK_DB (default meupedaco_bench_webhook),
 * BENCH_ORDERS (default 300), BENCH_CONCURRENCY (default 16). Ends with one JSON line.
 */
import { randomUUID } from 'node:crypto';
import { createFreshDatabase } from '../db/migrate';
import { percentile, round } from './stats';

const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ORDERS = Number(process.env.BENCH_ORDERS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

process.env.DATABASE_URL = await createFreshDatabase(
  adminUrl,
  process.env.BENCH_WEBHOOK_DB ?? 'meupedaco_bench_webhook',
);
process.env.LOG_LEVEL ??= 'error';
delete process.env.UPSTASH_REDIS_REST_URL;
delete process.env.UPSTASH_REDIS_REST_TOKEN;

const { db, sql } = await import('../db/client');
const { devProviderPayments, products, tenants } = await import('../db/schema');
const { openBatch, reserveSlices } = await import('../lib/inventory');
const { startPayment } = await import('../lib/payments');
const { devWebhookSecret } = await import('../lib/payments/dev/secret');
const { signNotification } = await import('../lib/payments/webhook/signature');
const { POST } = await import('../app/api/webhooks/mercadopago/route');

const [tenant] = await db.insert(tenants).values({ slug: 'bench-webhook', name: 'Bench' }).returning();
const [product] = await db
  .insert(products)
  .values({ tenantId: tenant!.id, name: 'Margherita', priceCents: 1000 })
  .returning();
for (let i = 0; i < Math.ceil(ORDERS / 8); i++)
  await openBatch({ tenantId: tenant!.id, productId: product!.id, sliceCount: 8 });

const dataIds: string[] = [];
for (let i = 0; i < ORDERS; i++) {
  const reserved = await reserveSlices({
    tenantId: tenant!.id,
    idempotencyKey: `bench-${i}-${randomUUID()}`,
    items: [{ productId: product!.id, quantity: 1 }],
  });
  if (!reserved.ok) throw new Error(reserved.error.message);
  const started = await startPayment({ tenantId: tenant!.id, orderId: reserved.order.id, method: 'pix' });
  if (!started.ok) throw new Error(started.error.message);
  dataIds.push(started.payment.pix!.qrCode.split('/').pop()!);
}
await db.update(devProviderPayments).set({ status: 'approved' });

const secret = devWebhookSecret(tenant!.id);
function notification(dataId: string, notificationId: string) {
  const requestId = randomUUID();
  const url = `http://localhost/api/webhooks/mercadopago?tenant=${tenant!.id}&source_news=webhooks&data.id=${dataId}&type=payment`;
  return new Request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-request-id': requestId,
      'x-signature': signNotification({ dataId, xRequestId: requestId, secret }),
    },
    body: JSON.stringify({ id: notificationId, type: 'payment', action: 'payment.updated', data: { id: dataId } }),
  });
}

async function deliverAll(label: string, ids: string[]) {
  const samples: number[] = [];
  const outcomes = new Map<string, number>();
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < ids.length) {
        const i = next++;
        const request = notification(ids[i]!, `n-${i}`);
        const start = performance.now();
        const response = await POST(request);
        samples.push(performance.now() - start);
        const { outcome } = (await response.json()) as { outcome?: string };
        outcomes.set(`${response.status} ${outcome}`, (outcomes.get(`${response.status} ${outcome}`) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const p50 = percentile(samples, 50);
  const p99 = percentile(samples, 99);
  console.log(
    `${label}: ${ids.length} notifications, ${CONCURRENCY} at a time, ${round(ids.length / seconds, 0)}/s; p50 ${round(p50)} ms, p99 ${round(p99)} ms; ${[...outcomes].map(([k, v]) => `${k}×${v}`).join(', ')}`,
  );
  return { p50, p99, perSecond: ids.length / seconds };
}

const first = await deliverAll('first delivery (verify, dedupe, re-read, sell)', dataIds);
const again = await deliverAll('same notifications again (dedupe fast path, baseline)', dataIds);
const [sold] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM slices WHERE status = 'SOLD'`;
const [paid] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox_events WHERE type = 'order.paid'`;
console.log(`slices sold ${sold!.n}, order.paid events ${paid!.n} (expected ${ORDERS} each)`);
console.log(
  JSON.stringify({
    notifications: ORDERS,
    concurrency: CONCURRENCY,
    first_p50_ms: round(first.p50),
    first_p99_ms: round(first.p99),
    first_per_s: round(first.perSecond, 0),
    baseline_duplicate_p50_ms: round(again.p50),
    baseline_duplicate_p99_ms: round(again.p99),
    ratio_p99_to_budget: round(first.p99 / 22_000, 5),
  }),
);
await sql.end();
process.exit(sold!.n === ORDERS && paid!.n === ORDERS ? 0 : 1);
