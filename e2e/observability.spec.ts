import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { stringify } from 'yaml';
import {
  e2eDatabaseUrl,
  e2eMetricsPort,
  e2ePrometheusPort,
  e2eRealtimeMetricsPort,
  e2eWorkerMetricsPort,
} from '../playwright.config';
import { dashboards, recordingRules, sourceMetrics, targets } from '../tests/observability/dashboards';
import { domain } from './app-domain';
import { createShop } from './shop';

// The whole chain as operations runs it: the built web app and the realtime sidecar (Playwright's
// web servers), a worker and a real Prometheus (Debian's package) started here, scraping all three
// every second with the repository's recording rules and alerts.
const children: ChildProcess[] = [];
test.afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
});

function start(command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
  children.push(child);
  return child;
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const prometheus = `http://127.0.0.1:${e2ePrometheusPort}`;
/** One number from Prometheus' query API (0 when the query has no result). */
async function query(expr: string) {
  const res = await fetch(`${prometheus}/api/v1/query?query=${encodeURIComponent(expr)}`);
  const body = (await res.json()) as { data: { result: { value: [number, string] }[] } };
  return Number(body.data.result[0]?.value[1] ?? 0);
}

/** A customer with one slice of `flavor` in the cart, on the checkout form, filled in. */
async function prepare(page: Page, slug: string, flavor: string) {
  await page.goto(`/${slug}`);
  await page.getByRole('button', { name: `Adicionar um pedaço de ${flavor}` }).click();
  await page.getByRole('link', { name: 'Continuar' }).click();
  await page.getByLabel('Nome').fill('Ana Souza');
  await page.getByLabel('WhatsApp').fill('(11) 91234-5678');
  await page.getByLabel('E-mail').fill('ana@example.com');
}

const submit = (page: Page) => page.getByRole('button', { name: /Reservar e pagar/ }).click();

async function buy(page: Page, slug: string, flavor: string, pay: boolean) {
  await prepare(page, slug, flavor);
  await submit(page);
  await expect(page).toHaveURL(/\/pedido\/[A-Z0-9]+\?t=/);
  if (!pay) return;
  const orderUrl = page.url();
  await page.getByRole('link', { name: 'Abrir a página de pagamento de teste' }).click();
  await page.getByRole('button', { name: 'Pagar' }).click();
  await page.waitForURL(orderUrl);
  await expect(page.getByRole('status').filter({ hasText: 'Pagamento confirmado' })).toBeVisible();
}

test('Prometheus scrapes web, realtime and worker and counts the orders driven through the app', async ({
  browser,
}) => {
  // Generous: on a loaded 2-core machine a browser takes a minute to start and each form field seconds.
  test.setTimeout(600_000);
  start('node_modules/.bin/tsx', ['worker/main.ts'], {
    DATABASE_URL: e2eDatabaseUrl,
    METRICS_PORT: String(e2eWorkerMetricsPort),
    SERVICE_NAME: 'worker',
    LOG_LEVEL: 'warn',
  });
  const dir = await mkdtemp(join(tmpdir(), 'e2e-prometheus-'));
  const job = (name: string, port: number) => ({
    job_name: name,
    static_configs: [{ targets: [`127.0.0.1:${port}`] }],
  });
  await writeFile(
    join(dir, 'prometheus.yml'),
    stringify({
      global: { scrape_interval: '1s', evaluation_interval: '1s' },
      rule_files: [resolve('infra/prometheus/rules/recording.yml'), resolve('infra/prometheus/rules/alerts.yml')],
      scrape_configs: [
        job('web', e2eMetricsPort),
        job('realtime', e2eRealtimeMetricsPort),
        job('worker', e2eWorkerMetricsPort),
      ],
    }),
  );
  start(process.env.PROMETHEUS_PATH ?? 'prometheus', [
    `--config.file=${join(dir, 'prometheus.yml')}`,
    `--storage.tsdb.path=${join(dir, 'data')}`,
    `--web.listen-address=127.0.0.1:${e2ePrometheusPort}`,
  ]);
  await until(
    () => query('sum(up)'),
    (n) => n === 3,
    'Prometheus to see web, realtime and worker up',
  );
  const approvedBefore = await query('sum(payments_total{outcome="approved"})');

  // N = 3 attempts: one paid, one left to expire, one sold out between cart and checkout.
  const shop = await createShop([
    { name: 'Calabresa', priceCents: 1100, pizzas: 1 },
    { name: 'Rúcula', priceCents: 1400, pizzas: 1, slicesLeft: 1 },
  ]);
  const late = await (await browser.newContext()).newPage();
  await prepare(late, shop.slug, 'Rúcula');
  const customer = await (await browser.newContext()).newPage();
  await buy(customer, shop.slug, 'Calabresa', true);
  await buy(customer, shop.slug, 'Calabresa', false);
  const { sql } = await domain();
  // The last Rúcula slice leaves the counter while the other customer is still on the checkout page.
  await sql`UPDATE slices SET status = 'WASTED' WHERE tenant_id = ${shop.tenantId} AND status = 'AVAILABLE'
    AND product_id = (SELECT id FROM products WHERE tenant_id = ${shop.tenantId} AND name = 'Rúcula')`;
  await submit(late);
  await expect(late.getByText('Rúcula: você pediu 1, acabou')).toBeVisible();
  // The unpaid order's hold runs out; the worker (holds.expire, every 5 s) expires it.
  await sql`UPDATE orders SET hold_expires_at = now() - interval '1 second'
    WHERE tenant_id = ${shop.tenantId} AND status = 'PENDING'`;

  const tenant = `tenant="${shop.tenantId}"`;
  const counts = () =>
    Promise.all([
      query(`sum(orders_created_total{${tenant}})`),
      query(`sum(order_transitions_total{${tenant},to="PAID"})`),
      query(`sum(order_transitions_total{${tenant},from="PENDING",to="EXPIRED"})`),
      query(`sum(inventory_lost_sales_total{${tenant}})`),
      query('sum(payments_total{outcome="approved"})').then((n) => n - approvedBefore),
    ]);
  expect(await until(counts, (c) => c.join() === '2,1,1,1,1', 'the counters in Prometheus', 120_000)).toEqual([
    2, 1, 1, 1, 1,
  ]);
  // Recording rules run on the live data too.
  expect(await query(`meupedaco:orders_created:rate5m{${tenant}}`)).toBeGreaterThan(0);

  // Every metric a dashboard panel, a recording rule or an alert names is exported by one of the three.
  const scrapes = await Promise.all(
    [e2eMetricsPort, e2eRealtimeMetricsPort, e2eWorkerMetricsPort].map(async (port) =>
      (await fetch(`http://127.0.0.1:${port}/metrics`)).text(),
    ),
  );
  const exported = new Set([...scrapes.join('\n').matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]!));
  const rules = await recordingRules();
  const named = new Set(targets(await dashboards()).flatMap((t) => (t.expr ? sourceMetrics(t.expr, rules) : [])));
  for (const expr of rules.values()) for (const m of sourceMetrics(expr, rules)) named.add(m);
  const missing = [...named].filter((m) => !exported.has(m.replace(/_(bucket|count|sum)$/, '')));
  expect(missing).toEqual([]);
});
