/**
 * `npm run test:cluster`: the deployment, proven on loopback. The real nginx gateway (the
 * compose template) in front of 2 web processes (Next's standalone server through the image's
 * `web` command), 2 realtime nodes and 1 worker, all from `.next/standalone` as the image runs
 * them, on the real Postgres and Redis (behind the REST bridge). 300 buyers check out for 60
 * slices through the gateway while 40 sockets listen through it; mid-run one web and one
 * realtime process are SIGKILLed, later every database connection is terminated. Ends with the
 * issue's JSON line and `N passed, N failed`; exits 1 when a check fails.
 *
 * Needs `next build` first (npm test runs it); lays out the standalone folder itself.
 * Ports (all overridable, CI uses the same): CLUSTER_GATEWAY_PORT 4400, CLUSTER_WEB_PORTS
 * 4401,4402, CLUSTER_REALTIME_PORTS 4403,4404, CLUSTER_REST_PORT 4405. Database:
 * CLUSTER_POSTGRES_URL (admin), CLUSTER_DATABASE_NAME (meupedaco_cluster); Redis:
 * CLUSTER_REDIS_URL (redis://127.0.0.1:6379/5).
 */
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { createFreshDatabase } from '@/db/migrate';
import { renderGateway, writeNginxPrefix } from '@/infra/nginx/render';
import { startRedisRestBridge } from '@/infra/redis-rest/server';
import { type Answer, attemptCheckout, checkoutActionId, postRaw } from './checkout';
import { rssMb } from '@/bench/stats';
import { type Proc, signal, start, stopAll, waitHealthy } from './processes';

const started = Date.now();
const say = (line: string) =>
  console.log(`[cluster ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}`);
const ports = (name: string, fallback: string) => (process.env[name] ?? fallback).split(',').map(Number);
const [GATEWAY_PORT] = ports('CLUSTER_GATEWAY_PORT', '4400');
const WEB_PORTS = ports('CLUSTER_WEB_PORTS', '4401,4402');
const REALTIME_PORTS = ports('CLUSTER_REALTIME_PORTS', '4403,4404');
const [REST_PORT] = ports('CLUSTER_REST_PORT', '4405');
const BUYERS = Number(process.env.CLUSTER_BUYERS ?? 300);
const SLICES = 60;
const SOCKETS = { kds: 10, menu: 20, order: 10 };
const CONCURRENCY = 40;
/** Above the gateway's proxy_read_timeout (30 s): a request still unanswered then is hung. */
const REQUEST_TIMEOUT_MS = 35_000;
/**
 * How long after a kill (or the connection purge) a gateway 5xx is expected: requests already at
 * the dead node or on a killed connection, and nginx's fail_timeout (3 s) before it retries the
 * node. Generous for a 2-core machine that runs the whole cluster and its 300 clients.
 */
const KILL_WINDOW_MS = 20_000;
const gateway = `http://127.0.0.1:${GATEWAY_PORT}`;
const STANDALONE = path.resolve('.next/standalone');

const checks: { name: string; ok: boolean; detail?: string }[] = [];
function check(name: string, ok: boolean, detail?: unknown) {
  checks.push({ name, ok, detail: detail === undefined ? undefined : JSON.stringify(detail) });
  say(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail === undefined ? '' : ` ${JSON.stringify(detail)}`}`);
}

// ------------------------------------------------------------------ environment of every process
const secrets = { APP_SECRET: randomBytes(32).toString('base64'), CREDENTIALS_KEY: randomBytes(32).toString('base64') };
const restToken = randomBytes(16).toString('hex');
const adminUrl = process.env.CLUSTER_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseUrl = await createFreshDatabase(adminUrl, process.env.CLUSTER_DATABASE_NAME ?? 'meupedaco_cluster');
const redisUrl = process.env.CLUSTER_REDIS_URL ?? 'redis://127.0.0.1:6379/5';
const redis = new Redis(redisUrl);
await redis.flushdb();
redis.disconnect();
const appEnv = {
  PATH: process.env.PATH,
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  DATABASE_POOL_MAX: '8',
  UPSTASH_REDIS_REST_URL: `http://127.0.0.1:${REST_PORT}`,
  UPSTASH_REDIS_REST_TOKEN: restToken,
  APP_URL: gateway,
  REALTIME_PUBLIC_URL: gateway,
  PAYMENTS_DEV_PROVIDER: '1',
  TRUSTED_PROXIES: '127.0.0.1',
  SHUTDOWN_GRACE_MS: '5000',
  LOG_LEVEL: 'warn',
  ...secrets,
};
// This process writes as the kitchen and the payment provider would, with the same secrets.
Object.assign(process.env, { ...appEnv, NODE_ENV: 'test', LOG_LEVEL: 'error' });

const { sql } = await import('@/db/client');
const { confirmSale, reserveSlices } = await import('@/lib/inventory');
const transitions = await import('@/lib/orders/transitions');
const { orderAccessToken } = await import('@/lib/orders/access-token');
const { mintKdsToken } = await import('@/lib/realtime/kds-token');
const { connectRealtime } = await import('@/lib/realtime/client');
const { replayFilter } = await import('@/realtime/rooms');
const { createProduct, createTenant, openPizzas } = await import('../fixtures');
type RealtimeClient = import('@/lib/realtime/client').RealtimeClient;
type RoomRequest = import('@/lib/realtime/protocol').RoomRequest;

const prefix = await mkdtemp(path.join(tmpdir(), 'meu-pedaco-cluster-'));
let exitCode = 1;
try {
  await run();
  exitCode = checks.every((c) => c.ok) ? 0 : 1;
} catch (err) {
  console.error(err);
  check('the run completed', false, String(err));
} finally {
  await stopAll();
  await rm(prefix, { recursive: true, force: true });
  await sql.end({ timeout: 5 }).catch(() => {});
  const failed = checks.filter((c) => !c.ok).length;
  console.log(`cluster: ${checks.length - failed} passed, ${failed} failed`);
  process.exit(exitCode);
}

async function run() {
  say('laying out .next/standalone (npm run build:standalone)');
  await promisify(execFile)('node_modules/.bin/tsx', ['scripts/standalone.ts']);
  const node = (command: string, env: Record<string, string | undefined>, name = command) =>
    start(name, process.execPath, [path.join(STANDALONE, 'services', `${command}.mjs`)], env);

  await refusesWithoutSecrets(node);

  // ---------------------------------------------------------------- the shop
  const tenant = await createTenant({ holdSeconds: 30 });
  const flavor = await createProduct(tenant.id);
  await openPizzas(tenant.id, flavor.id, SLICES / 10, 10);
  // The kitchen's orders (another flavor): their moves feed the order rooms during the run.
  const kitchenFlavor = await createProduct(tenant.id);
  await openPizzas(tenant.id, kitchenFlavor.id, 1, 10);
  const kitchenOrders: string[] = [];
  for (let i = 0; i < SOCKETS.order; i++) {
    const reserved = await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: `cluster-${randomUUID()}`,
      items: [{ productId: kitchenFlavor.id, quantity: 1 }],
    });
    if (!reserved.ok) throw new Error(reserved.error.message);
    const paid = await confirmSale({ tenantId: tenant.id, orderId: reserved.order.id });
    if (!paid.ok) throw new Error(paid.error.message);
    kitchenOrders.push(paid.order.id);
  }

  // ---------------------------------------------------------------- the cluster
  const bridge = await startRedisRestBridge({ redisUrl, token: restToken, port: REST_PORT });
  const webs = WEB_PORTS.map((port, i) =>
    node('web', { ...appEnv, PORT: String(port), HOSTNAME: '127.0.0.1' }, `web-${i + 1}`),
  );
  const realtimes = REALTIME_PORTS.map((port, i) =>
    node('realtime', { ...appEnv, REALTIME_PORT: String(port), SERVICE_NAME: 'realtime' }, `realtime-${i + 1}`),
  );
  const worker = node('worker', { ...appEnv, SERVICE_NAME: 'worker' });
  const nginxConf = await writeNginxPrefix(
    prefix,
    await renderGateway({
      GATEWAY_LISTEN: `127.0.0.1:${GATEWAY_PORT}`,
      WEB_1: `127.0.0.1:${WEB_PORTS[0]}`,
      WEB_2: `127.0.0.1:${WEB_PORTS[1]}`,
      REALTIME_1: `127.0.0.1:${REALTIME_PORTS[0]}`,
      REALTIME_2: `127.0.0.1:${REALTIME_PORTS[1]}`,
    }),
  );
  const nginx = start('nginx', 'nginx', ['-p', prefix, '-c', nginxConf], { PATH: process.env.PATH });
  await Promise.all([
    ...webs.map((w, i) => waitHealthy(w, `http://127.0.0.1:${WEB_PORTS[i]}/api/health`)),
    ...realtimes.map((r, i) => waitHealthy(r, `http://127.0.0.1:${REALTIME_PORTS[i]}/health`)),
    waitHealthy(nginx, `${gateway}/api/health`),
  ]);
  say('gateway, 2 web, 2 realtime and the worker are up');

  const tooLarge = await postRaw(new URL(`/${tenant.slug}/checkout`, gateway), Buffer.alloc(5 * 1024 * 1024, 1));
  check('the gateway answers 413 to a body over its limit', tooLarge.status === 413, { status: tooLarge.status });

  // ---------------------------------------------------------------- 40 listeners through the gateway
  const listeners = await Promise.all(
    [
      ...Array.from({ length: SOCKETS.kds }, () => 'kds' as const),
      ...Array.from({ length: SOCKETS.menu }, () => 'menu' as const),
      ...Array.from({ length: SOCKETS.order }, () => 'order' as const),
    ].map((room, i) => listen(i, room === 'order' ? kitchenOrders[i - SOCKETS.kds - SOCKETS.menu]! : null, room)),
  );
  say(`${listeners.length} sockets joined through the gateway`);

  async function listen(i: number, orderId: string | null, room: 'kds' | 'menu' | 'order') {
    const request = async (): Promise<RoomRequest> =>
      room === 'kds'
        ? {
            room,
            tenantId: tenant.id,
            token: await mintKdsToken({ userId: randomUUID(), tenantId: tenant.id, role: 'kitchen' }),
          }
        : room === 'menu'
          ? { room, tenantId: tenant.id }
          : { room, orderId: orderId!, token: orderAccessToken(orderId!) };
    const received = new Set<number>();
    let offlineAt: number | null = null;
    let maxReconnectMs = 0;
    let reconnects = 0;
    const client: RealtimeClient = connectRealtime(gateway, {
      localAddress: `127.2.${Math.floor(i / 200)}.${(i % 200) + 10}`,
      onState: (state) => {
        if (state === 'offline') offlineAt ??= Date.now();
        if (state === 'live' && offlineAt !== null) {
          maxReconnectMs = Math.max(maxReconnectMs, Date.now() - offlineAt);
          offlineAt = null;
          reconnects++;
        }
      },
    });
    const roomName = room === 'order' ? `order:${orderId}` : `tenant:${tenant.id}:${room}`;
    const first = await request();
    client.subscribe({
      room: roomName,
      request,
      onEvents: (events) => {
        for (const e of events) received.add(e.id);
      },
      onError: (e) => say(`socket ${i} join refused: ${e.message}`),
    });
    await until(() => client.cursorOf(roomName) !== undefined, 20_000, `socket ${i} to join`);
    return {
      client,
      request: first,
      since: client.cursorOf(roomName)!,
      received,
      reconnects: () => reconnects,
      maxReconnectMs: () => maxReconnectMs,
    };
  }

  // ---------------------------------------------------------------- 300 buyers, a kill, a purge
  const actionId = await checkoutActionId('.next');
  const gateway5xx: { at: number; status: number }[] = [];
  let hung = 0;
  const windows: [number, number][] = [];
  const outcomes: (Answer | { kind: 'gave_up'; last: Answer })[] = [];
  let done = 0;
  let killed = false;
  let purged = false;
  let kitchenMoves = 0;
  const kitchenPlan = kitchenOrders.flatMap((orderId) =>
    [transitions.startPreparation, transitions.markReady, transitions.markDelivered].map((move) => ({ orderId, move })),
  );
  let kitchenChain = Promise.resolve();

  async function afterEachBuyer() {
    done++;
    if (!killed && done >= BUYERS / 3) {
      killed = true;
      windows.push([Date.now(), Date.now() + KILL_WINDOW_MS]);
      say(`SIGKILL web-1 and realtime-1 after ${done} buyers`);
      signal(webs[0]!, 'SIGKILL');
      signal(realtimes[0]!, 'SIGKILL');
    }
    if (!purged && done >= (BUYERS * 2) / 3) {
      purged = true;
      windows.push([Date.now(), Date.now() + KILL_WINDOW_MS]);
      const { n } = first(
        await sql<{ n: number }[]>`
        SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      say(`pg_terminate_backend: ${n} connections of the app killed after ${done} buyers`);
    }
    // One kitchen move per few buyers, so order-room events span the kill and the purge.
    if (done % Math.max(1, Math.floor(BUYERS / kitchenPlan.length)) === 0 && kitchenMoves < kitchenPlan.length) {
      const step = kitchenPlan[kitchenMoves++]!;
      kitchenChain = kitchenChain.then(() => kitchenMove(step));
    }
  }

  async function kitchenMove(step: (typeof kitchenPlan)[number]) {
    const moved = await retry(() => step.move({ tenantId: tenant.id, orderId: step.orderId }));
    if (!moved.ok) throw new Error(`kitchen move of ${step.orderId} failed: ${moved.error.code}`);
  }

  async function buyer(i: number) {
    const localAddress = `127.1.${Math.floor(i / 200)}.${(i % 200) + 10}`;
    const key = `cluster-${randomUUID()}`;
    let last: Answer | undefined;
    for (let attempt = 1; attempt <= 30; attempt++) {
      const answer = await attemptCheckout(
        { gateway, tenantSlug: tenant.slug, productId: flavor.id, actionId, localAddress },
        key,
        REQUEST_TIMEOUT_MS,
      );
      last = answer;
      if (answer.kind === 'retryable' && answer.status >= 500)
        gateway5xx.push({ at: Date.now(), status: answer.status });
      if (answer.kind === 'retryable' && answer.reason.startsWith('no answer within')) hung++;
      if (answer.kind !== 'retryable') break;
      await new Promise((r) => setTimeout(r, 100 * Math.min(attempt, 10)));
    }
    outcomes.push(last!.kind === 'retryable' ? { kind: 'gave_up', last: last! } : last!);
    await afterEachBuyer();
  }

  const buyStart = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < BUYERS) await buyer(next++);
    }),
  );
  while (kitchenMoves < kitchenPlan.length) {
    const step = kitchenPlan[kitchenMoves++]!;
    kitchenChain = kitchenChain.then(() => kitchenMove(step));
  }
  await kitchenChain;
  say(`buyers done in ${((Date.now() - buyStart) / 1000).toFixed(1)} s`);

  const count = (kind: string) => outcomes.filter((o) => o.kind === kind).length;
  const refused = outcomes.filter((o) => o.kind === 'refused' || o.kind === 'gave_up');
  check(
    'every checkout answered with an order or sold out (retryable errors retried)',
    refused.length === 0,
    refused.slice(0, 3),
  );
  check('no request hung past its timeout', hung === 0, { hung });
  const outside = gateway5xx.filter(({ at }) => !windows.some(([a, b]) => at >= a && at <= b));
  check('gateway 5xx only in the kill windows', outside.length === 0, {
    total: gateway5xx.length,
    outside: outside.map(({ at, status }) => ({ status, ms_after_start: at - buyStart })),
    windows: windows.map(([a]) => a - buyStart),
  });

  // Orders answered "ok" whose hold is live (or that were paid) each hold their slices.
  const { oversold } = first(
    await sql<{ oversold: number }[]>`
    SELECT coalesce(sum(greatest(0, i.quantity - (
      SELECT count(*) FROM slices s WHERE s.order_id = o.id AND s.status IN ('RESERVED', 'SOLD')))), 0)::int AS oversold
    FROM orders o JOIN order_items i ON i.order_id = o.id
    WHERE o.tenant_id = ${tenant.id} AND i.product_id = ${flavor.id}
      AND (o.status = 'PAID' OR (o.status = 'PENDING' AND o.hold_expires_at > now()))`,
  );
  check('0 oversold', oversold === 0, { oversold });
  const { held } = first(
    await sql<{ held: number }[]>`
    SELECT count(*)::int AS held FROM slices WHERE product_id = ${flavor.id} AND status IN ('RESERVED', 'SOLD')`,
  );
  check('no more slices held than exist', held <= SLICES, { held });

  // ---------------------------------------------------------------- holds lapse, the worker sweeps
  const { lastHold } = first(
    await sql<{ lastHold: string | null }[]>`
    SELECT (extract(epoch FROM max(hold_expires_at)) * 1000)::bigint::text AS "lastHold"
    FROM orders WHERE tenant_id = ${tenant.id} AND status = 'PENDING'`,
  );
  const sweepBy = (lastHold ? Number(lastHold) : Date.now()) + 5_000 + 3_000;
  say(`waiting ${((sweepBy - Date.now()) / 1000).toFixed(0)} s for the last hold to lapse and one worker period`);
  await until(() => Date.now() >= sweepBy, 120_000, 'the hold time');
  await until(async () => (await stuckSlices()) === 0, 10_000, 'the worker sweep').catch(() => {});
  const stuck = await stuckSlices();
  check('0 slices stuck in a hold after the hold time and one worker period', stuck === 0, { stuck });

  // ---------------------------------------------------------------- every event reached every socket
  const expected = await Promise.all(
    listeners.map(async (l) => {
      const rows = await sql<{ id: string }[]>`
        SELECT e.id FROM outbox_events e
        WHERE ${replayFilter(sql, l.request as never)}
          AND e.tx_id >= pg_snapshot_xmin(${l.since}::pg_snapshot)
          AND NOT pg_visible_in_snapshot(e.tx_id, ${l.since}::pg_snapshot)`;
      return rows.map((r) => Number(r.id));
    }),
  );
  const missing = () => listeners.map((l, i) => expected[i]!.filter((id) => !l.received.has(id)).length);
  await until(() => missing().every((n) => n === 0), 20_000, 'every event on every socket').catch(() => {});
  const eventsExpected = expected.reduce((n, e) => n + e.length, 0);
  const eventsDelivered = listeners.reduce((n, l, i) => n + expected[i]!.filter((id) => l.received.has(id)).length, 0);
  const perSocket = missing();
  check(
    'every socket received every event for its rooms (count per socket)',
    perSocket.every((n) => n === 0),
    {
      sockets_missing_events: perSocket.filter((n) => n > 0).length,
    },
  );
  const reconnected = listeners.filter((l) => l.reconnects() > 0).length;
  check("the killed node's sockets reconnected through the gateway", reconnected > 0, { reconnected });
  const maxReconnectMs = Math.max(0, ...listeners.map((l) => l.maxReconnectMs()));
  check('max reconnect within 5 s', maxReconnectMs <= 5_000, { maxReconnectMs });

  const webRss = rssMb(webs[1]!.child.pid!);
  const realtimeRss = rssMb(realtimes[1]!.child.pid!);
  check('web RSS ≤ 300 MB', webRss <= 300, { webRss: Math.round(webRss) });
  check('realtime RSS ≤ 150 MB', realtimeRss <= 150, { realtimeRss: Math.round(realtimeRss) });
  check(
    'the surviving processes are still up',
    [webs[1], realtimes[1], worker, nginx].every((p) => p!.child.exitCode === null),
  );

  for (const l of listeners) l.client.close();
  await bridge.close();
  console.log(
    JSON.stringify({
      buyers: BUYERS,
      orders: count('order'),
      sold_out: count('sold_out'),
      gateway_5xx: gateway5xx.length,
      oversold,
      stuck,
      events_expected: eventsExpected,
      events_delivered: eventsDelivered,
      max_reconnect_ms: maxReconnectMs,
      web_rss_mb: Math.round(webRss),
      realtime_rss_mb: Math.round(realtimeRss),
    }),
  );

  async function stuckSlices() {
    const { n } = first(
      await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM slices WHERE tenant_id = ${tenant.id} AND status = 'RESERVED'`,
    );
    return n;
  }
}

/** Every command of the image stops at start, naming the variable, without each secret. */
async function refusesWithoutSecrets(node: (command: string, env: Record<string, string | undefined>) => Proc) {
  const cases = ['web', 'realtime', 'worker', 'migrate'].flatMap((command) =>
    (['APP_SECRET', 'CREDENTIALS_KEY'] as const).map((missing) => ({ command, missing })),
  );
  const results = await Promise.all(
    cases.map(async ({ command, missing }) => {
      const proc = node(command, {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
        ...secrets,
        [missing]: undefined,
      });
      const code = await proc.exited;
      return { command, missing, code, named: proc.output.join('').includes(missing) };
    }),
  );
  const bad = results.filter((r) => r.code === 0 || !r.named);
  check('every command refuses to start without APP_SECRET / CREDENTIALS_KEY, naming it', bad.length === 0, bad);
}

function first<T>(rows: readonly T[]): T {
  return rows[0]!;
}

async function retry<T>(fn: () => Promise<T>, attempts = 10): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 200 * i));
    }
  }
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
