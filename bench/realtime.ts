/**
 * `npm run bench:realtime`: the realtime path end to end. 500 sockets (kitchen and storefront
 * rooms over several tenants) follow a `npm run realtime` process; 1,000 order transitions go
 * through lib/orders/transitions.ts at a steady rate; every kitchen socket of the order's tenant
 * must receive each one. Latency runs from the transition's commit (its promise resolved here)
 * to the receipt on each socket. Baseline from the same run: a bare Socket.IO server in its own
 * process broadcasting stamped messages to the same number of sockets in the same rooms at the
 * same rate. Ends with one JSON line. Exits 1 if any event was not delivered.
 *
 * Knobs (env): BENCH_POSTGRES_URL (admin URL), BENCH_SOCKETS (500), BENCH_TENANTS (5),
 * BENCH_TRANSITIONS (1000), BENCH_RATE (transitions per second, 200), BENCH_KDS_SHARE (0.5: the
 * share of sockets on kitchen rooms; the rest follow storefronts), BENCH_REALTIME_NODES (1: sidecar
 * processes, sockets spread over them; each node tails the outbox itself, and the JSON line says
 * what that costs the database per event, and each node's resident memory with its sockets).
 * Caveat: clients, driver, sidecar and Postgres share this machine's cores.
 */
import { fork, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { io as connect, type Socket } from 'socket.io-client';
import { createFreshDatabase } from '../db/migrate';
import { bundleServices } from '../scripts/service-bundle';
import { percentile, round, rssMb } from './stats';

const started = performance.now();
const say = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}`);
const now = () => performance.timeOrigin + performance.now();

function intEnv(name: string, fallback: number) {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}
const SOCKETS = intEnv('BENCH_SOCKETS', 500);
const TENANTS = intEnv('BENCH_TENANTS', 5);
const TRANSITIONS = intEnv('BENCH_TRANSITIONS', 1000);
const RATE = intEnv('BENCH_RATE', 200);
const KDS_SHARE = Number(process.env.BENCH_KDS_SHARE ?? 0.5);
const NODES = intEnv('BENCH_REALTIME_NODES', 1);
/** Each order goes start → ready → deliver → undo: four transitions, four distinct events. */
const MOVES_PER_ORDER = 4;
const ORDERS = Math.ceil(TRANSITIONS / MOVES_PER_ORDER);

// ---------------------------------------------------------------- environment
const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseUrl = await createFreshDatabase(adminUrl, process.env.BENCH_DATABASE_NAME ?? 'meupedaco_bench_rt');
process.env.DATABASE_URL = databaseUrl;
process.env.DATABASE_POOL_MAX = '8';
process.env.LOG_LEVEL = 'warn';
delete process.env.UPSTASH_REDIS_REST_URL; // holds in memory: this measures the realtime path, not Redis
delete process.env.UPSTASH_REDIS_REST_TOKEN;

const { sql } = await import('../db/client');
const { createProduct, openPizzasFor, paidOrder } = await import('./realtime-fixtures');
const transitions = await import('../lib/orders/transitions');
const { mintKdsToken } = await import('../lib/realtime/kds-token');
const { connectRealtime } = await import('../lib/realtime/client');
type RealtimeClient = import('../lib/realtime/client').RealtimeClient;
type RealtimeEvent = import('../lib/realtime/protocol').RealtimeEvent;

// ---------------------------------------------------------------- data
say(`setting up ${TENANTS} tenants with ${ORDERS} paid orders`);
const tenants: { id: string; orders: string[] }[] = [];
const { db } = await import('../db/client');
const { tenants: tenantsTable } = await import('../db/schema');
for (let t = 0; t < TENANTS; t++) {
  const [tenant] = await db
    .insert(tenantsTable)
    .values({ slug: `bench-${t}-${randomUUID().slice(0, 8)}`, name: `Bench ${t}` })
    .returning();
  const product = await createProduct(tenant!.id);
  const perTenant = Math.ceil(ORDERS / TENANTS);
  await openPizzasFor(tenant!.id, product.id, Math.ceil(perTenant / 8));
  const orders: string[] = [];
  for (let i = 0; i < perTenant && tenants.reduce((n, x) => n + x.orders.length, 0) + orders.length < ORDERS; i++) {
    orders.push((await paidOrder(tenant!.id, product.id)).id);
  }
  tenants.push({ id: tenant!.id, orders });
}

// ---------------------------------------------------------------- sidecars
// The sidecar as the image runs it: one bundled file in its own Node process (no tsx in its memory).
const bundleDir = await mkdtemp(path.join(tmpdir(), 'bench-realtime-'));
await bundleServices({ realtime: 'realtime/main.ts' }, bundleDir);
async function startSidecar() {
  const child = spawn(process.execPath, [path.join(bundleDir, 'realtime.mjs')], {
    env: { ...process.env, REALTIME_PORT: '0', LOG_LEVEL: 'info', SERVICE_NAME: 'realtime' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`sidecar exited (${code})`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; port?: number };
      if (entry.msg === 'realtime listening') resolve(entry.port!);
    });
  });
  return { child, port, url: `http://127.0.0.1:${port}` };
}
const sidecars = await Promise.all(Array.from({ length: NODES }, startSidecar));
say(`${NODES} sidecar(s) on port(s) ${sidecars.map((s) => s.port).join(', ')}`);

/** Outbox reads all nodes have made so far. */
async function outboxReads() {
  const health = await Promise.all(sidecars.map(async (s) => (await fetch(`${s.url}/health`)).json()));
  return health.reduce((sum, h: { reads: number }) => sum + h.reads, 0);
}

/** Which room each socket follows: round-robin over tenants, KDS_SHARE of them on kitchen rooms. */
const layout = Array.from({ length: SOCKETS }, (_, i) => ({
  tenant: tenants[i % TENANTS]!.id,
  kds: i < SOCKETS * KDS_SHARE,
}));
const kdsSocketsOf = (tenantId: string) => layout.filter((l) => l.kds && l.tenant === tenantId).length;

async function inBatches<T>(items: T[], size: number, run: (item: T, i: number) => Promise<void>) {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map((item, j) => run(item, i + j)));
}

// ---------------------------------------------------------------- baseline: bare Socket.IO
const raw = fork('bench/raw-broadcast-server.ts', [], {
  execArgv: ['--import', 'tsx'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const rawPort = await new Promise<number>((resolve) => raw.once('message', (m: { port: number }) => resolve(m.port)));
const rawLatencies: number[] = [];
const rawSockets: Socket[] = [];
await inBatches(layout, 50, async (l) => {
  const socket = connect(`http://127.0.0.1:${rawPort}`, { transports: ['websocket'], forceNew: true });
  socket.on('events', (m: { sentAt: number }) => rawLatencies.push(now() - m.sentAt));
  await socket.timeout(10_000).emitWithAck('join', l.kds ? `tenant:${l.tenant}:kds` : `tenant:${l.tenant}:menu`);
  rawSockets.push(socket);
});
const kdsRooms = tenants.map((t) => `tenant:${t.id}:kds`);
say(`baseline: ${rawSockets.length} sockets on a bare Socket.IO server, ${TRANSITIONS} broadcasts at ${RATE}/s`);
raw.send({ go: { count: TRANSITIONS, ratePerSecond: RATE, rooms: kdsRooms } });
await new Promise<void>((resolve) => raw.once('message', () => resolve()));
const rawExpected = Array.from({ length: TRANSITIONS }, (_, i) => kdsSocketsOf(tenants[i % TENANTS]!.id)).reduce(
  (a, b) => a + b,
  0,
);
await waitUntil(() => rawLatencies.length >= rawExpected, 10_000);
for (const s of rawSockets) s.close();
raw.disconnect();

// ---------------------------------------------------------------- the sidecar
const commits = new Map<string, number>();
/** Receipts that beat the driver to its own commit acknowledgement: latency 0 once it is recorded. */
const early = new Map<string, number>();
const latencies: number[] = [];
let delivered = 0;
const clients: RealtimeClient[] = [];
const keyOf = (e: RealtimeEvent) =>
  e.type === 'order.status_changed' ? `${e.aggregateId}:${e.payload.from}>${e.payload.to}` : null;

await inBatches(layout, 50, async (l, i) => {
  const client = connectRealtime(sidecars[i % NODES]!.url);
  await new Promise<void>((resolve) => client.socket.once('connect', () => resolve()));
  const room = l.kds ? `tenant:${l.tenant}:kds` : `tenant:${l.tenant}:menu`;
  let joined!: () => void;
  const ready = new Promise<void>((r) => (joined = r));
  client.subscribe({
    room,
    request: async () =>
      l.kds
        ? {
            room: 'kds',
            tenantId: l.tenant,
            token: await mintKdsToken({ userId: randomUUID(), tenantId: l.tenant, role: 'kitchen' }),
          }
        : { room: 'menu', tenantId: l.tenant },
    onEvents: (events) => {
      const at = now();
      for (const e of events) {
        const key = keyOf(e);
        if (!key) continue;
        delivered++;
        const committed = commits.get(key);
        if (committed === undefined) early.set(key, (early.get(key) ?? 0) + 1);
        else latencies.push(at - committed);
      }
    },
    onError: (e) => {
      throw new Error(`subscribe failed: ${e.message}`);
    },
  });
  await waitUntil(() => client.cursorOf(room) !== undefined, 10_000);
  joined();
  await ready;
  clients.push(client);
});
say(`sidecar: ${clients.length} sockets joined; ${TRANSITIONS} transitions at ${RATE}/s`);

type Ref = { tenantId: string; orderId: string };
const steps: [string, (ref: Ref) => Promise<{ ok: boolean }>][] = [
  ['PAID>IN_PREPARATION', transitions.startPreparation],
  ['IN_PREPARATION>READY', transitions.markReady],
  ['READY>DELIVERED', transitions.markDelivered],
  ['DELIVERED>READY', (ref) => transitions.undoLastMove({ ...ref, from: 'DELIVERED' })],
];
// Orders interleaved across tenants; every order's four moves, one round after another.
const interleaved: Ref[] = [];
for (let i = 0; i < Math.max(...tenants.map((t) => t.orders.length)); i++) {
  for (const t of tenants) if (t.orders[i]) interleaved.push({ tenantId: t.id, orderId: t.orders[i]! });
}
const plan = steps.flatMap((_, step) => interleaved.map((ref) => ({ ...ref, step }))).slice(0, TRANSITIONS);

let expected = 0;
const readsBefore = await outboxReads();
const driveStart = performance.now();
const inFlight: Promise<void>[] = [];
/** An order's previous move: the next one waits for it, as a kitchen would. */
const lastOf = new Map<string, Promise<void>>();
for (const [i, move] of plan.entries()) {
  const due = driveStart + (i * 1000) / RATE;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  expected += kdsSocketsOf(move.tenantId);
  const [label, run] = steps[move.step]!;
  const done = (async () => {
    await lastOf.get(move.orderId);
    const result = await run(move);
    if (!result.ok) throw new Error(`transition ${label} of ${move.orderId} failed`);
    const key = `${move.orderId}:${label}`;
    commits.set(key, now());
    for (let n = early.get(key) ?? 0; n > 0; n--) latencies.push(0);
    early.delete(key);
  })();
  lastOf.set(move.orderId, done);
  inFlight.push(done);
}
await Promise.all(inFlight);
await waitUntil(() => delivered >= expected, 15_000);
const driveMs = performance.now() - driveStart;
const readsPerEvent = ((await outboxReads()) - readsBefore) / plan.length;
const realtimeRss = Math.max(...sidecars.map((s) => rssMb(s.child.pid!)));

for (const c of clients) c.close();
await Promise.all(
  sidecars.map(
    ({ child }) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  ),
);
await sql.end();
await rm(bundleDir, { recursive: true, force: true });

const p50 = percentile(latencies, 50);
const p99 = percentile(latencies, 99);
const rawP99 = percentile(rawLatencies, 99);
say(
  `baseline: ${rawLatencies.length}/${rawExpected} received, p50 ${percentile(rawLatencies, 50).toFixed(1)} ms, p99 ${rawP99.toFixed(1)} ms`,
);
say(
  `sidecar: ${delivered}/${expected} delivered in ${(driveMs / 1000).toFixed(1)} s, p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
);
console.log(
  JSON.stringify({
    sockets: SOCKETS,
    events: plan.length,
    delivered,
    expected,
    p50_ms: round(p50),
    p99_ms: round(p99),
    raw_broadcast_p99_ms: round(rawP99),
    ratio_p99: round(p99 / rawP99),
    nodes: NODES,
    outbox_reads_per_event: round(readsPerEvent, 3),
    realtime_rss_mb: Math.round(realtimeRss),
  }),
);
process.exit(delivered === expected ? 0 : 1);

async function waitUntil(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}
