import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { db } from '@/db/client';
import { outboxEvents } from '@/db/schema';
import { renderGateway, writeNginxPrefix } from '@/infra/nginx/render';
import { extendHold, reserveSlices } from '@/lib/inventory';
import { installHttpMetrics } from '@/lib/observability/http-metrics';
import { requestFields } from '@/lib/observability/log';
import { expireHoldOf, createProduct, createTenant, key, openPizzas } from '../fixtures';
import { sample, scrape, spawnService, stopServices } from './processes';

const cleanup: (() => unknown)[] = [];
afterAll(async () => {
  await stopServices();
  for (const fn of cleanup) await fn();
});

const listen = async (server: ReturnType<typeof createServer>) => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanup.push(() => server.close());
  return (server.address() as AddressInfo).port;
};

describe('a request id follows a request from the gateway to the worker', () => {
  it('the gateway passes a caller id untouched (Mercado Pago signs over it) and makes one when there is none', async () => {
    const echo = createServer((req, res) => res.end(String(req.headers['x-request-id'] ?? '')));
    const upstream = `127.0.0.1:${await listen(echo)}`;
    const gatewayPort = Number(process.env.PORT_RANGE_START ?? 3400) + 20;
    const dir = await mkdtemp(path.join(tmpdir(), 'request-id-nginx-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const gateway = await renderGateway({
      GATEWAY_LISTEN: `127.0.0.1:${gatewayPort}`,
      WEB_1: upstream,
      WEB_2: upstream,
      REALTIME_1: upstream,
      REALTIME_2: upstream,
    });
    const nginx = spawn('nginx', ['-p', dir, '-c', await writeNginxPrefix(dir, gateway)], { stdio: 'ignore' });
    cleanup.push(() => nginx.kill('SIGTERM'));
    const url = `http://127.0.0.1:${gatewayPort}/api/health`;
    let made = '';
    for (const deadline = Date.now() + 10_000; !made && Date.now() < deadline; ) {
      made = await fetch(url)
        .then((r) => r.text())
        .catch(() => '');
      if (!made) await new Promise((r) => setTimeout(r, 100));
    }
    expect(made).toMatch(/^[0-9a-f]{32}$/);
    const kept = await (await fetch(url, { headers: { 'x-request-id': 'mp-3f9c1e2a-0001' } })).text();
    expect(kept).toBe('mp-3f9c1e2a-0001');
  });

  it('web: log lines and the outbox events a request writes carry its id, and the answer echoes it', async () => {
    installHttpMetrics([{ page: '/[tenant]/checkout', regex: /^\/([^/]+?)\/checkout(?:\/)?$/ }]);
    const tenant = await createTenant({ holdSeconds: 120, maxHoldSeconds: 600 });
    const product = await createProduct(tenant.id);
    await openPizzas(tenant.id, product.id, 1, 4);
    let logged: Record<string, string> = {};
    let orderId = '';
    const app = createServer(async (_req, res) => {
      logged = requestFields();
      const reserved = await reserveSlices({
        tenantId: tenant.id,
        idempotencyKey: key(),
        items: [{ productId: product.id, quantity: 1 }],
      });
      if (!reserved.ok) throw new Error(reserved.error.message);
      orderId = reserved.order.id;
      // Its event goes through lib/outbox/write.ts, inside this request.
      const extended = await extendHold({ tenantId: tenant.id, orderId });
      if (!extended.ok) throw new Error(extended.error.message);
      res.end('ok');
    });
    const port = await listen(app);
    const res = await fetch(`http://127.0.0.1:${port}/${tenant.slug}/checkout`, {
      headers: { 'x-request-id': 'gw-0123456789abcdef' },
    });
    expect(res.headers.get('x-request-id')).toBe('gw-0123456789abcdef');
    expect(logged).toEqual({ requestId: 'gw-0123456789abcdef', tenant: tenant.slug });
    const [event] = await db
      .select({ requestId: outboxEvents.requestId })
      .from(outboxEvents)
      .where(and(eq(outboxEvents.aggregateId, orderId), eq(outboxEvents.type, 'order.hold_extended')));
    expect(event?.requestId).toBe('gw-0123456789abcdef');

    const anonymous = await fetch(`http://127.0.0.1:${port}/${tenant.slug}/checkout`);
    expect(anonymous.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged.requestId).toBe(anonymous.headers.get('x-request-id'));
  });

  it('worker: a job run has an id of its own, on its log lines and on the events it writes; realtime logs it', async () => {
    const realtime = await spawnService(
      'realtime/main.ts',
      { DATABASE_URL: inject('databaseUrl'), REALTIME_PORT: '0', SERVICE_NAME: 'realtime' },
      'realtime listening',
    );
    const tenant = await createTenant();
    const product = await createProduct(tenant.id);
    await openPizzas(tenant.id, product.id, 1, 4);
    const reserved = await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: key(),
      items: [{ productId: product.id, quantity: 1 }],
    });
    if (!reserved.ok) throw new Error(reserved.error.message);
    await expireHoldOf(tenant.id, reserved.order.id);
    const worker = await spawnService(
      'worker/main.ts',
      { DATABASE_URL: inject('databaseUrl'), SERVICE_NAME: 'worker' },
      'worker started',
    );

    const expiredEvent = () =>
      db
        .select({ requestId: outboxEvents.requestId })
        .from(outboxEvents)
        .where(and(eq(outboxEvents.aggregateId, reserved.order.id), eq(outboxEvents.type, 'order.expired')));
    let rows: { requestId: string | null }[] = [];
    for (const deadline = Date.now() + 20_000; rows.length === 0 && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 250));
      rows = await expiredEvent();
    }
    const requestId = rows[0]?.requestId;
    expect(requestId).toMatch(/^job-[0-9a-f-]{36}$/);
    const jobLine = () => worker.lines.find((l) => l.includes(requestId!) && l.includes('"job done"'));
    const realtimeLine = () => realtime.lines.find((l) => l.includes(requestId!) && l.includes('outbox batch read'));
    for (const deadline = Date.now() + 10_000; !(jobLine() && realtimeLine()) && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(jobLine(), 'the worker logs the run with its id').toBeDefined();
    expect(realtimeLine(), 'realtime logs the batch with the id').toBeDefined();
    expect(
      sample(await scrape(worker.metricsPort), 'worker_job_runs_total{job="holds.expire",outcome="ok"}'),
    ).toBeGreaterThan(0);
  }, 120_000);
});
