/**
 * `npm run bench:reserve`: the reservation engine at library level (no HTTP).
 *
 * 64 concurrent buyers empty a fresh shop of ≥ 5,000 slices through reserveSlices
 * (timed), then every order is paid through confirmSale (timed apart). pgbench runs a reservation's SQL transaction
 * (bench/reserve.pgbench.sql) at the same concurrency for half its time before and
 * half after that phase: the ceiling of Postgres here. Then the same buyers empty an
 * identical shop through a deliberately naive read-then-write sale
 * (bench/naive-reserve.ts). Prints its figures and ends with one JSON line; p50/p99
 * are of successful reserveSlices calls (sold_out answers are printed apart). Exits 1
 * if the engine oversold or left slices unsold, 2 if the run failed.
 *
 * Knobs (env): BENCH_POSTGRES_URL (admin URL, default postgres://postgres@127.0.0.1:5432/postgres), BENCH_DATABASE_NAME
 * (default meupedaco_bench),
 * BENCH_REDIS_URL (default redis://127.0.0.1:6379/2), BENCH_POOL_MAX, BENCH_BUYERS, BENCH_PIZZAS,
 * BENCH_SEED, BENCH_PGBENCH_SECONDS (total, split before/after the engine). For diagnosis:
 * BENCH_COUNT_QUERIES=1 (counts the statements the engine sends), BENCH_CPU_PROFILE=file.cpuprofile
 * (V8 CPU profile of the engine phase), BENCH_PAY=0 (never confirm), BENCH_HOLDS=memory (no Redis).
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { createFreshDatabase } from '../db/migrate';
import { PAID_STATUSES } from '../lib/orders/status';
import { preparedByDefault } from '../db/prepared';
import { spawnBridge } from './bridge-process';
import { cpuMeter, ms, percentile, prng, round, type CpuUsage } from './stats';

const started = performance.now();
const say = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}`);

const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/2';
const DB_NAME = process.env.BENCH_DATABASE_NAME ?? 'meupedaco_bench';
const BUYERS = intEnv('BENCH_BUYERS', 64);
const FLAVORS = 5;
/** Pizzas per flavor: 5 × 125 × 8 = 5,000 slices. */
const PIZZAS = intEnv('BENCH_PIZZAS', 125);
const SLICES_PER_PIZZA = 8;
const SEED = intEnv('BENCH_SEED', 42);
const PGBENCH_SECONDS = intEnv('BENCH_PGBENCH_SECONDS', 10);
const COUNT_QUERIES = process.env.BENCH_COUNT_QUERIES === '1';
/** BENCH_PAY=0: buyers reserve and never pay (no confirmSale), to see what the reservation alone costs. */
const PAY = process.env.BENCH_PAY !== '0';
/** BENCH_HOLDS=memory: the in-process hold store instead of Redis, to see what the REST round trip costs. */
const HOLDS = process.env.BENCH_HOLDS === 'memory' ? 'memory' : 'redis';
/**
 * The app's pool. The machine has 2 cores: Postgres does the most work with a few
 * busy backends per core, and more connections only queue inside Postgres (context
 * switches, lock and WAL-insert contention) instead of in the pool. A transaction
 * keeps its connection across all its round trips while Node works between them, so a
 * few connections per core keep Postgres fed while 64 buyers wait their turn in the
 * pool. Measured on 2 cores: 4 to 32 connections all land within the run-to-run noise
 * (the single Node event loop is the bottleneck, not the pool); 16 leaves headroom for
 * a cheaper engine, and with pgbench's 64 connections stays under max_connections=100.
 */
const POOL_MAX = intEnv('BENCH_POOL_MAX', 16);
// The cost of the metrics: rounds of the same sale with recording on and off, alternated (on, off,
// on, off…) so the machine's drift falls on both; each round on a fresh shop of this many pizzas.
const METRICS_ROUNDS = intEnv('BENCH_METRICS_ROUNDS', 2);
const METRICS_PIZZAS = intEnv('BENCH_METRICS_PIZZAS', 60);

function intEnv(name: string, fallback: number) {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

// ---------------------------------------------------------------- environment
// lib/env.js validates process.env when first imported: everything is in place before
// the app's modules are loaded (dynamic imports below).
const databaseUrl = await createFreshDatabase(adminUrl, DB_NAME);

const token = randomBytes(16).toString('hex');
const bridge = await spawnBridge(redisUrl, token);

process.env.DATABASE_URL = databaseUrl;
process.env.DATABASE_POOL_MAX = String(POOL_MAX);
if (HOLDS === 'redis') {
  process.env.UPSTASH_REDIS_REST_URL = bridge.url;
  process.env.UPSTASH_REDIS_REST_TOKEN = token;
} else {
  delete process.env.UPSTASH_REDIS_REST_URL;
  delete process.env.UPSTASH_REDIS_REST_TOKEN;
}
process.env.LOG_LEVEL = 'warn';

/** Statements sent by the app's pool, by kind; only with BENCH_COUNT_QUERIES=1. */
const statements = new Map<string, number>();
if (COUNT_QUERIES) {
  // db/client keeps its pool on globalThis; putting one there first, built like the
  // app's (same options), lets the benchmark count what the engine sends or try it
  // with prepared statements. The app's code is unchanged either way.
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const schema = await import('../db/schema');
  const client = preparedByDefault(
    postgres(databaseUrl, {
      max: POOL_MAX,
      onnotice: () => {},
      connection: { application_name: 'meu-pedaco' },
      ...(COUNT_QUERIES && {
        debug: (_connection: number, query: string) => {
          const kind = statementKind(query);
          statements.set(kind, (statements.get(kind) ?? 0) + 1);
        },
      }),
    }),
  );
  (globalThis as { meuPedacoDb?: unknown }).meuPedacoDb = { sql: client, db: drizzle(client, { schema }) };
}

const { sql: pool } = await import('../db/client');
const { reserveSlices, confirmSale } = await import('../lib/inventory');
const { metrics } = await import('../lib/observability/metrics');
const { setMetricsEnabled } = await import('../lib/observability/registry');
const { holds } = await import('../lib/inventory/holds');
const { naiveBuy } = await import('./naive-reserve');
// A separate small connection for the benchmark's own seeding and checks, so they
// never take a slot in the pool being measured.
const bench = postgres(databaseUrl, { max: 2, onnotice: () => {} });

say(
  `database ${DB_NAME} migrated; holds in ${HOLDS === 'redis' ? `Redis via bridge ${bridge.url} → ${redisUrl}` : 'process memory'}; ` +
    `pool ${POOL_MAX}, ${BUYERS} buyers${PAY ? '' : ', who do not pay'}`,
);

// ---------------------------------------------------------------- seeding
type Flavor = { id: string; priceCents: number };
type Shop = { tenantId: string; flavors: Flavor[]; stock: number };

/** A tenant with `flavors` flavors of `pizzas` open 8-slice pizzas each, fresh for 4 hours. */
async function seedShop(label: string, pizzas: number, flavors = FLAVORS): Promise<Shop> {
  const slug = `bench-${label}-${randomUUID().slice(0, 8)}`;
  return bench.begin(async (tx) => {
    const [tenant] = await tx<{ id: string }[]>`
      INSERT INTO tenants (slug, name) VALUES (${slug}, ${`Bench ${label}`}) RETURNING id`;
    const tenantId = tenant!.id;
    const products = await tx<{ id: string; price_cents: number }[]>`
      INSERT INTO products (tenant_id, name, price_cents, sort_order)
      SELECT ${tenantId}, 'Sabor ' || i, 1000 + 100 * i, i FROM generate_series(1, ${flavors}) AS i
      RETURNING id, price_cents`;
    // One statement per table: opening 625 pizzas one by one through openBatch takes seconds.
    await tx`
      INSERT INTO batches (tenant_id, product_id, slice_count, fresh_until)
      SELECT ${tenantId}, p.id, ${SLICES_PER_PIZZA}, now() + interval '4 hours'
      FROM products p CROSS JOIN generate_series(1, ${pizzas})
      WHERE p.tenant_id = ${tenantId}`;
    const [made] = await tx<{ n: number }[]>`
      WITH made AS (
        INSERT INTO slices (tenant_id, batch_id, product_id, idx)
        SELECT b.tenant_id, b.id, b.product_id, i
        FROM batches b CROSS JOIN generate_series(0, ${SLICES_PER_PIZZA - 1}) AS i
        WHERE b.tenant_id = ${tenantId}
        ORDER BY b.product_id, b.id, i
        RETURNING 1)
      SELECT count(*)::int AS n FROM made`;
    return { tenantId, flavors: products.map((p) => ({ id: p.id, priceCents: p.price_cents })), stock: made!.n };
  });
}

/** Vacuum/analyze what seeding wrote and checkpoint, so each measured phase starts alike. */
async function settle() {
  await bench.unsafe('VACUUM ANALYZE');
  await bench.unsafe('CHECKPOINT');
}

// ---------------------------------------------------------------- buyers
type Outcome = { ok: true; orderId: string } | { ok: false; reason: 'sold_out' | 'contended' | string };
type Engine = {
  reserve(shop: Shop, flavor: Flavor, quantity: number): Promise<Outcome>;
  /** Absent for a sale that is paid as it is made. */
  confirm?(shop: Shop, orderId: string): Promise<boolean>;
};

type PhaseStats = {
  wallMs: number;
  reserved: number;
  slicesBought: number;
  soldOut: number;
  /** sold_out answers given while the flavor still had stock held by other checkouts. */
  soldOutContended: number;
  failures: Map<string, number>;
  confirmFailures: number;
  /** Wall time of confirming every reservation after the timed phase. */
  confirmMs: number;
  orderIds: string[];
  okMs: number[];
  soldOutMs: number[];
  cpu: CpuUsage | null;
};

/**
 * BUYERS loops until the shop is empty. Each picks 1–3 slices of a random flavor it has
 * not yet seen run out; after a sold_out it asks for 1 slice of that flavor, and only a
 * sold_out for that single slice counts the flavor out. A buyer stops once every flavor
 * answered sold_out to a single slice. Stock only shrinks in this workload (no new
 * pizzas, holds are paid at once), so that is the shop sold out, unless the engine said
 * sold out while slices were still sellable: then they are left over and show as stuck
 * (a last pass asking every flavor again would hide exactly that).
 */
async function runBuyers(shop: Shop, engine: Engine, seed: number, buyers = BUYERS): Promise<PhaseStats> {
  const s: PhaseStats = {
    wallMs: 0,
    reserved: 0,
    slicesBought: 0,
    soldOut: 0,
    soldOutContended: 0,
    failures: new Map(),
    confirmFailures: 0,
    confirmMs: 0,
    orderIds: [],
    okMs: [],
    soldOutMs: [],
    cpu: null,
  };
  const n = shop.flavors.length;

  async function attempt(f: number, quantity: number): Promise<boolean> {
    const flavor = shop.flavors[f]!;
    const t0 = performance.now();
    let outcome: Outcome;
    try {
      outcome = await engine.reserve(shop, flavor, quantity);
    } catch (error) {
      outcome = { ok: false, reason: `threw: ${(error as Error).message.split('\n')[0]}` };
    }
    const took = performance.now() - t0;
    if (outcome.ok) {
      s.reserved++;
      s.slicesBought += quantity;
      s.okMs.push(took);
      s.orderIds.push(outcome.orderId);
      return true;
    }
    if (outcome.reason === 'sold_out' || outcome.reason === 'contended') {
      s.soldOut++;
      if (outcome.reason === 'contended') s.soldOutContended++;
      s.soldOutMs.push(took);
    } else {
      s.failures.set(outcome.reason, (s.failures.get(outcome.reason) ?? 0) + 1);
    }
    return false;
  }

  async function buyer(b: number) {
    const random = prng(seed * 7919 + b);
    const out = new Set<number>();
    while (out.size < n) {
      const open = [...Array(n).keys()].filter((f) => !out.has(f));
      const f = open[Math.floor(random() * open.length)]!;
      const quantity = 1 + Math.floor(random() * 3);
      if (await attempt(f, quantity)) continue;
      if (quantity > 1 && (await attempt(f, 1))) continue;
      out.add(f);
    }
  }

  const cpu = cpuMeter();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: buyers }, (_, b) => buyer(b)));
  s.wallMs = performance.now() - t0;
  s.cpu = cpu();

  // Payments come after the timed phase: reservations_per_s compares with pgbench
  // running the reservation's transaction alone, so confirmSale is timed apart.
  if (PAY && engine.confirm) {
    const confirm = engine.confirm;
    const queue = [...s.orderIds];
    const t1 = performance.now();
    await Promise.all(
      Array.from({ length: buyers }, async () => {
        for (let id = queue.pop(); id; id = queue.pop()) {
          if (!(await confirm(shop, id).catch(() => false))) s.confirmFailures++;
        }
      }),
    );
    s.confirmMs = performance.now() - t1;
  }
  return s;
}

const engine: Engine = {
  async reserve(shop, flavor, quantity) {
    const result = await reserveSlices({
      tenantId: shop.tenantId,
      idempotencyKey: `bench-${randomUUID()}`,
      items: [{ productId: flavor.id, quantity }],
    });
    if (result.ok) return { ok: true, orderId: result.order.id };
    if (result.error.code !== 'sold_out') return { ok: false, reason: result.error.code };
    const contended = result.error.availability.some((a) => a.available >= a.requested);
    return { ok: false, reason: contended ? 'contended' : 'sold_out' };
  },
  async confirm(shop, orderId) {
    const result = await confirmSale({ tenantId: shop.tenantId, orderId });
    return result.ok;
  },
};

const naive: Engine = {
  async reserve(shop, flavor, quantity) {
    const result = await naiveBuy(shop.tenantId, flavor.id, quantity, flavor.priceCents);
    return result.ok ? { ok: true, orderId: result.orderId } : { ok: false, reason: 'sold_out' };
  },
};

// ---------------------------------------------------------------- checks
const SOLD_STATES = [...PAID_STATUSES];

/** What the database says about a shop after its buyers stopped. */
async function audit(tenantId: string) {
  const [slices] = await bench<{ available: number; reserved: number; sold: number; wasted: number }[]>`
    SELECT count(*) FILTER (WHERE status = 'AVAILABLE')::int AS available,
           count(*) FILTER (WHERE status = 'RESERVED')::int AS reserved,
           count(*) FILTER (WHERE status = 'SOLD')::int AS sold,
           count(*) FILTER (WHERE status = 'WASTED')::int AS wasted
    FROM slices WHERE tenant_id = ${tenantId}`;
  // Per paid order: slices paid for vs slices it owns as SOLD. A slice holds one
  // order_id, so a slice sold twice shows up as an order paid for slices it does not own.
  const [orders] = await bench<
    { paid_orders: number; paid_qty: number; short: number; mismatched: number; pending: number }[]
  >`
    WITH o AS (
      SELECT o.id, o.status,
        (SELECT coalesce(sum(quantity), 0) FROM order_items i WHERE i.tenant_id = o.tenant_id AND i.order_id = o.id)::int AS want,
        (SELECT count(*) FROM slices s WHERE s.order_id = o.id AND s.status = 'SOLD')::int AS got
      FROM orders o WHERE o.tenant_id = ${tenantId})
    SELECT count(*) FILTER (WHERE status IN ${bench(SOLD_STATES)})::int AS paid_orders,
           coalesce(sum(want) FILTER (WHERE status IN ${bench(SOLD_STATES)}), 0)::int AS paid_qty,
           coalesce(sum(greatest(want - got, 0)) FILTER (WHERE status IN ${bench(SOLD_STATES)}), 0)::int AS short,
           count(*) FILTER (WHERE status IN ${bench(SOLD_STATES)} AND want <> got)::int AS mismatched,
           count(*) FILTER (WHERE status = 'PENDING')::int AS pending
    FROM o`;
  const [unpaid] = await bench<{ n: number }[]>`
    SELECT count(*)::int AS n FROM slices s JOIN orders o ON o.id = s.order_id
    WHERE s.tenant_id = ${tenantId} AND s.status = 'SOLD' AND o.status NOT IN ${bench(SOLD_STATES)}`;
  return { ...slices!, ...orders!, soldToUnpaid: unpaid!.n };
}

// ---------------------------------------------------------------- pgbench
type PgbenchPool = { tenantId: string; productId: string; base: string; stride: number };

/**
 * A tenant of its own with one flavor and a pool of `clients × stride` free slices in
 * one id range, for bench/reserve.pgbench.sql (each client walks its own stretch).
 */
async function seedPgbenchPool(clients: number): Promise<PgbenchPool> {
  // 2 slices a transaction on average: room for ~1,000 transactions per client over
  // both runs, ~6,500 tps with 64 clients, far above what this machine does (checked
  // after each run: a short pool would claim fewer slices than it names).
  const stride = 2048;
  const shop = await seedShop('pgbench', Math.ceil((clients * stride) / SLICES_PER_PIZZA), 1);
  const [range] = await bench<{ base: string; top: string; n: number }[]>`
    SELECT min(id)::text AS base, max(id)::text AS top, count(*)::int AS n FROM slices WHERE tenant_id = ${shop.tenantId}`;
  if (Number(range!.top) - Number(range!.base) + 1 !== range!.n)
    throw new Error('pgbench slice pool is not one id range');
  return { tenantId: shop.tenantId, productId: shop.flavors[0]!.id, base: range!.base, stride };
}

/** Runs pgbench on the pool, its clients starting `offset` slices into their stretch. Returns its tps. */
async function runPgbench(pool: PgbenchPool, clients: number, seconds: number, offset: number) {
  const script = fileURLToPath(new URL('./reserve.pgbench.sql', import.meta.url));
  const args = [
    '-n',
    '-M',
    'prepared',
    '-c',
    String(clients),
    '-j',
    '2',
    '-T',
    String(seconds),
    '-f',
    script,
    '-D',
    `tenant=${pool.tenantId}`,
    '-D',
    `product=${pool.productId}`,
    '-D',
    `base=${pool.base}`,
    '-D',
    `stride=${pool.stride}`,
    '-D',
    `n=${offset}`,
    databaseUrl,
  ];
  const [before] = await bench<{ wanted: number }[]>`
    SELECT coalesce(sum(quantity), 0)::int AS wanted FROM order_items WHERE tenant_id = ${pool.tenantId}`;
  const cpu = cpuMeter();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('pgbench', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`pgbench exited ${code}:\n${out.slice(-3000)}`)),
    );
  });
  const usage = cpu();
  const tps = /tps = ([\d.]+) \((?:without initial connection time|excluding connections establishing)\)/.exec(output);
  if (!tps) throw new Error(`no tps in pgbench output:\n${output.slice(-3000)}`);
  const failed = /number of failed transactions: (\d+)/.exec(output)?.[1] ?? '0';
  const processed = /number of transactions actually processed: (\d+)/.exec(output)?.[1] ?? '?';
  const latency = /latency average = ([\d.]+ ms)/.exec(output)?.[1] ?? '?';

  // Every UPDATE must have claimed every slice it named, or the comparison is off.
  const [check] = await bench<{ wanted: number; claimed: number }[]>`
    SELECT (SELECT coalesce(sum(quantity), 0) FROM order_items WHERE tenant_id = ${pool.tenantId})::int AS wanted,
           (SELECT count(*) FROM slices WHERE tenant_id = ${pool.tenantId} AND status = 'RESERVED')::int AS claimed`;
  say(
    `pgbench -c ${clients} -j 2 -T ${seconds} -M prepared: ${processed} transactions, ${failed} failed, ` +
      `latency avg ${latency}, tps ${tps[1]}; ${check!.claimed - before!.wanted}/${check!.wanted - before!.wanted} ` +
      `slices claimed`,
  );
  say(`pgbench ${cpuLine(usage, Number(processed), 'tx')}`);
  if (check!.claimed !== check!.wanted)
    say('WARNING: pgbench claimed fewer slices than it named: its stride is too small');
  return Number(tps[1]);
}

const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : 'n/a');

/** Who used the CPU over a phase, and Node's and Postgres' CPU time per unit of work. */
function cpuLine(c: CpuUsage, units: number, unit: string) {
  const per = (cores: number) => `${((cores * c.wallMs) / units).toFixed(2)} ms/${unit}`;
  const others = c.machineBusy * c.cores - c.nodeCores - c.postgresCores - c.childCores;
  const child = c.childCores > 0.01 ? `pgbench ${c.childCores.toFixed(2)} cores (${per(c.childCores)}), ` : '';
  return (
    `CPU: machine ${pct(c.machineBusy)} of ${c.cores} cores; this Node ${c.nodeCores.toFixed(2)} cores (${per(c.nodeCores)}), ` +
    `${child}postgres ${c.postgresCores.toFixed(2)} cores (${per(c.postgresCores)}), ` +
    `other processes ${Math.max(0, others).toFixed(2)} cores`
  );
}

function report(label: string, s: PhaseStats) {
  const failures = [...s.failures].map(([k, v]) => `${k}×${v}`).join(', ') || 'none';
  say(
    `${label}: ${s.reserved} reservations (${s.slicesBought} slices) in ${ms(s.wallMs)} → ` +
      `${(s.reserved / (s.wallMs / 1000)).toFixed(1)} reservations/s; sold_out answers ${s.soldOut} ` +
      `(${s.soldOutContended} while stock was only held); other failures: ${failures}; ` +
      (s.confirmMs > 0
        ? `then ${s.reserved} paid in ${ms(s.confirmMs)} (${round(s.reserved / (s.confirmMs / 1000), 1)}/s), confirm failures ${s.confirmFailures}`
        : 'no separate payment'),
  );
  say(
    `${label}: reserve latency ok p50 ${ms(percentile(s.okMs, 50))} p90 ${ms(percentile(s.okMs, 90))} ` +
      `p99 ${ms(percentile(s.okMs, 99))} max ${ms(percentile(s.okMs, 100))}; sold_out p50 ${ms(percentile(s.soldOutMs, 50))} ` +
      `p99 ${ms(percentile(s.soldOutMs, 99))}`,
  );
  if (s.cpu) say(`${label}: ${cpuLine(s.cpu, s.reserved, 'sale')}`);
}

// ---------------------------------------------------------------- run
let exitCode = 0;
try {
  // Warm-up on a small shop of its own: opens the pool's connections, prepares the
  // statements and loads the Lua script, so the measured phase starts warm (pgbench
  // prepares per connection too).
  let phase = performance.now();
  const warm = await seedShop('warmup', 4);
  await runBuyers(warm, engine, SEED + 1, Math.min(BUYERS, 2 * POOL_MAX));
  say(`warm-up: ${warm.stock} slices sold in ${ms(performance.now() - phase)}`);
  // A cold start (connections opening, JIT) can push a hold-store call past
  // REDIS_TIMEOUT_MS; the guard then sends everything to Postgres alone for a while.
  // The measured phase should start with the store the engine normally uses.
  if (!holds.available()) {
    say('warm-up tripped the hold store guard (a Redis call timed out); waiting out its cool-off');
    while (!holds.available()) await new Promise((resolve) => setTimeout(resolve, 100));
  }

  phase = performance.now();
  const shop = await seedShop('engine', PIZZAS);
  const pgbenchPool = await seedPgbenchPool(BUYERS);
  const naiveShop = await seedShop('naive', PIZZAS);
  await settle();
  say(
    `seeded ${shop.stock} slices (${FLAVORS} flavors × ${PIZZAS} pizzas × ${SLICES_PER_PIZZA}) for the engine, ` +
      `${naiveShop.stock} for the naive sale and ${BUYERS} × ${pgbenchPool.stride} for pgbench in ${ms(performance.now() - phase)}`,
  );

  // pgbench runs half its time before the engine and half after, and the ceiling is
  // their mean: on a shared machine the load of other processes drifts, and bracketing
  // the engine's phase keeps the ratio from hinging on one moment.
  const half = Math.max(1, Math.round(PGBENCH_SECONDS / 2));
  const tpsBefore = await runPgbench(pgbenchPool, BUYERS, half, 0);
  await settle();

  statements.clear();
  const profiler = process.env.BENCH_CPU_PROFILE ? await startCpuProfile() : null;
  const fallbacksBefore = (await metrics.redisFallbacks.get()).values[0]?.value ?? 0;
  const run = await runBuyers(shop, engine, SEED);
  const fallbacks = ((await metrics.redisFallbacks.get()).values[0]?.value ?? 0) - fallbacksBefore;
  if (profiler)
    say(`engine: CPU profile of this Node process written to ${await profiler.stop(process.env.BENCH_CPU_PROFILE!)}`);
  report('engine', run);
  if (fallbacks > 0) say(`engine: ${fallbacks} reservations fell back to Postgres alone (hold store timed out)`);
  if (COUNT_QUERIES) {
    const total = [...statements.values()].reduce((a, b) => a + b, 0);
    say(
      `engine: ${total} statements for ${run.reserved} reservations, ${run.soldOut} sold_out answers and ` +
        `${PAY ? run.reserved : 0} confirms:`,
    );
    for (const [kind, n] of [...statements].sort((a, b) => b[1] - a[1])) say(`   ${String(n).padStart(7)}  ${kind}`);
  }

  const a = await audit(shop.tenantId);
  const oversold = Math.max(0, a.paid_qty - a.sold, a.short, run.slicesBought - shop.stock);
  // Unpaid buyers (BENCH_PAY=0) leave their slices RESERVED on purpose.
  const stuck = a.available + (PAY ? a.reserved : 0);
  say(
    `engine audit: stock ${shop.stock}: SOLD ${a.sold}, RESERVED ${a.reserved}, AVAILABLE ${a.available}, WASTED ${a.wasted}; ` +
      `${a.paid_orders} paid orders for ${a.paid_qty} slices (${a.mismatched} not matching their slices), ` +
      `${a.pending} pending, ${a.soldToUnpaid} sold slices of unpaid orders → oversold ${oversold}, stuck ${stuck}`,
  );

  const rate = { on: { reserved: 0, ms: 0 }, off: { reserved: 0, ms: 0 } };
  for (let i = 0; i < METRICS_ROUNDS; i++) {
    for (const mode of ['on', 'off'] as const) {
      const roundShop = await seedShop(`metrics-${mode}-${i}`, METRICS_PIZZAS);
      await settle();
      setMetricsEnabled(mode === 'on');
      const r = await runBuyers(roundShop, engine, SEED + 10 + i);
      setMetricsEnabled(true);
      rate[mode].reserved += r.reserved;
      rate[mode].ms += r.wallMs;
    }
  }
  const perS = (m: { reserved: number; ms: number }) => m.reserved / (m.ms / 1000);
  const metricsRatio = perS(rate.on) / perS(rate.off);
  say(
    `metrics on ${perS(rate.on).toFixed(1)} reservations/s vs off ${perS(rate.off).toFixed(1)} ` +
      `(${METRICS_ROUNDS} alternated rounds each of ${METRICS_PIZZAS * FLAVORS * SLICES_PER_PIZZA} slices) → ${pct(metricsRatio)}`,
  );

  await settle();
  const tpsAfter = await runPgbench(pgbenchPool, BUYERS, half, pgbenchPool.stride / 2);
  const pgbenchTps = (tpsBefore + tpsAfter) / 2;

  phase = performance.now();
  const naiveRun = await runBuyers(naiveShop, naive, SEED);
  report('naive', naiveRun);
  const n = await audit(naiveShop.tenantId);
  const naiveOversold = Math.max(0, naiveRun.slicesBought - naiveShop.stock);
  say(
    `naive audit: stock ${naiveShop.stock}: buyers believe they bought ${naiveRun.slicesBought} slices; ` +
      `${n.paid_qty} paid for, ${n.sold} SOLD, ${n.mismatched} of ${n.paid_orders} orders do not own what they paid for ` +
      `→ naive_oversold ${naiveOversold}`,
  );

  const reservationsPerS = run.reserved / (run.wallMs / 1000);
  say(
    `engine ${reservationsPerS.toFixed(1)} reservations/s vs pgbench ${pgbenchTps.toFixed(1)} tps ` +
      `(${tpsBefore.toFixed(1)} before, ${tpsAfter.toFixed(1)} after); total ${ms(performance.now() - started)}`,
  );
  console.log(
    JSON.stringify({
      reservations_per_s: round(reservationsPerS, 1),
      p50_ms: round(percentile(run.okMs, 50)),
      p99_ms: round(percentile(run.okMs, 99)),
      oversold,
      stuck,
      pgbench_tps: round(pgbenchTps, 1),
      ratio: round(reservationsPerS / pgbenchTps, 3),
      naive_oversold: naiveOversold,
      metrics_on_per_s: round(perS(rate.on), 1),
      metrics_off_per_s: round(perS(rate.off), 1),
      metrics_ratio: round(metricsRatio, 3),
    }),
  );
  if (oversold > 0 || stuck > 0) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 2;
} finally {
  await bench.end();
  await pool.end();
  await bridge.close();
}
process.exitCode = exitCode;

/** BENCH_CPU_PROFILE=file.cpuprofile: a V8 CPU profile of the engine phase (open it in Chrome DevTools). */
async function startCpuProfile() {
  const { Session } = await import('node:inspector/promises');
  const { writeFile } = await import('node:fs/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return {
    async stop(file: string) {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(file, JSON.stringify(profile));
      session.disconnect();
      return file;
    },
  };
}

/** A statement's kind for the counts: its verb and main table. */
function statementKind(query: string): string {
  const q = query.replace(/\s+/g, ' ').trim();
  const verb = q.split(' ')[0]!.toLowerCase();
  const table = /\b(?:from|into|update)\s+"?(\w+)"?/i.exec(q)?.[1] ?? '';
  if (verb === 'select' && /for update/i.test(q)) return `select ${table} for update`;
  if (verb === 'select' && /cross join lateral/i.test(q)) return `select sellable slices (findSellableSlices)`;
  if (verb === 'select' && /count\(\*\)/i.test(q)) return `select count sellable (countSellable)`;
  return `${verb} ${table}`.trim();
}
