/**
 * `npm run bench:api`: the public API's POST /api/v1/orders over HTTP against a production
 * build (`next start`), 64 concurrent clients until the shop is sold out, against a bare route
 * handler that answers a constant JSON (/api/bench-bare) on the same server in the same run,
 * then `bench:reserve` (the same engine at library level, no HTTP) in the same run for the ratio.
 * Ends with one JSON line: orders_per_s, p50_ms, p99_ms, bare_route_per_s, oversold, and
 * library_reservations_per_s with ratio = orders_per_s ÷ it.
 *
 * Knobs (env): BENCH_POSTGRES_URL (admin URL), BENCH_API_DB (default meupedaco_bench_api),
 * BENCH_REDIS_URL (default redis://127.0.0.1:6379/2), BENCH_API_PORT (default 4390),
 * BENCH_CLIENTS (64), BENCH_PIZZAS (per flavor, default 50: 5 × 50 × 8 = 2,000 slices),
 * BENCH_SKIP_BUILD=1 (use the existing .next build), BENCH_SKIP_RESERVE=1 (no library figure).
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { createFreshDatabase } from '../db/migrate';
import { spawnBridge } from './bridge-process';
import { percentile, prng, round } from './stats';

const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/2';
const PORT = Number(process.env.BENCH_API_PORT ?? 4390);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 64);
const PIZZAS = Number(process.env.BENCH_PIZZAS ?? 50);
const FLAVORS = 5;
const say = (line: string) => console.log(`[bench:api] ${line}`);

if (process.env.BENCH_SKIP_BUILD !== '1') {
  say('building (next build)…');
  const built = spawnSync('node_modules/.bin/next', ['build'], {
    stdio: 'inherit',
    env: { ...process.env, SKIP_ENV_VALIDATION: '1' },
  });
  if (built.status !== 0) process.exit(2);
}

const databaseUrl = await createFreshDatabase(adminUrl, process.env.BENCH_API_DB ?? 'meupedaco_bench_api');
const token = randomBytes(16).toString('hex');
const bridge = await spawnBridge(redisUrl, token);
Object.assign(process.env, {
  DATABASE_URL: databaseUrl,
  UPSTASH_REDIS_REST_URL: bridge.url,
  UPSTASH_REDIS_REST_TOKEN: token,
  LOG_LEVEL: 'warn',
});
const { openBatch } = await import('../lib/inventory');
const { createApiKey } = await import('../lib/api/keys');
const check = postgres(databaseUrl, { max: 1, onnotice: () => {} });

// ---------------------------------------------------------------- a shop and its key
const [tenant] = await check<{ id: string }[]>`
  INSERT INTO tenants (slug, name) VALUES (${`bench-api-${randomUUID().slice(0, 8)}`}, 'Bench API') RETURNING id`;
const flavors = await check<{ id: string }[]>`
  INSERT INTO products (tenant_id, name, price_cents, sort_order)
  SELECT ${tenant!.id}, 'Sabor ' || i, 1000, i FROM generate_series(1, ${FLAVORS}) AS i RETURNING id`;
for (const flavor of flavors)
  for (let p = 0; p < PIZZAS; p++) await openBatch({ tenantId: tenant!.id, productId: flavor.id, sliceCount: 8 });
const made = await createApiKey(tenant!.id, { name: 'Bench', scopes: ['orders:write', 'read'] }, null);
if (!made.ok) throw new Error(made.error.message);
const stock = FLAVORS * PIZZAS * 8;

// ---------------------------------------------------------------- the production server
const server = spawn('node_modules/.bin/next', ['start', '-p', String(PORT), '-H', '127.0.0.1'], {
  detached: true,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    NODE_ENV: 'production',
    APP_SECRET: randomBytes(32).toString('base64'),
    CREDENTIALS_KEY: randomBytes(32).toString('base64'),
    PAYMENTS_DEV_PROVIDER: '1',
    BENCH_BASELINE_PAGE: '1',
    API_RATE_LIMIT_PER_MINUTE: '1000000',
  },
});
const stopServer = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {}
};
process.on('exit', stopServer);
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; ; i++) {
  if (
    await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  if (i > 300) throw new Error('next start did not come up');
  await new Promise((r) => setTimeout(r, 200));
}
const auth = { authorization: `Bearer ${made.key}` };
// Warm-up: the first requests compile nothing in production, but they open pools and caches.
await Promise.all(Array.from({ length: 20 }, () => fetch(`${base}/api/bench-bare`).then((r) => r.text())));
await Promise.all(
  Array.from({ length: 20 }, () => fetch(`${base}/api/v1/menu`, { headers: auth }).then((r) => r.text())),
);
say(`server up on ${base}; ${stock} slices in ${FLAVORS} flavors; ${CLIENTS} clients`);

// ---------------------------------------------------------------- orders over HTTP
const okMs: number[] = [];
const statuses = new Map<number, number>();
let slicesBought = 0;
async function client(c: number) {
  const random = prng(1000 + c);
  const out = new Set<number>();
  while (out.size < FLAVORS) {
    const left = [...flavors.keys()].filter((f) => !out.has(f));
    const f = left[Math.floor(random() * left.length)]!;
    const quantity = 1 + Math.floor(random() * 2);
    const t0 = performance.now();
    const response = await fetch(`${base}/api/v1/orders`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': `bench-${randomUUID()}` },
      body: JSON.stringify({
        items: [{ productId: flavors[f]!.id, quantity }],
        customer: { name: `Cliente ${c}`, phone: '(11) 91234-5678', email: `c${c}@bench.com.br` },
        method: 'pix',
      }),
    });
    await response.arrayBuffer();
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    if (response.status === 201) {
      okMs.push(performance.now() - t0);
      slicesBought += quantity;
    } else if (response.status === 409 && quantity === 1) out.add(f);
    else if (response.status !== 409) throw new Error(`POST /orders answered ${response.status}`);
  }
}
const t0 = performance.now();
await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
const ordersWallS = (performance.now() - t0) / 1000;

// ---------------------------------------------------------------- the bare route, same server, same clients
let bare = 0;
const bareUntil = performance.now() + Math.min(10_000, ordersWallS * 1000);
const t1 = performance.now();
await Promise.all(
  Array.from({ length: CLIENTS }, async () => {
    while (performance.now() < bareUntil) {
      const r = await fetch(`${base}/api/bench-bare`);
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`bare route answered ${r.status}`);
      bare++;
    }
  }),
);
const bareWallS = (performance.now() - t1) / 1000;
stopServer();

const [audit] = await check<{ taken: number; ordered: number; left: number }[]>`
  SELECT (SELECT count(*)::int FROM slices WHERE tenant_id = ${tenant!.id} AND status IN ('RESERVED', 'SOLD')) AS taken,
         (SELECT coalesce(sum(quantity), 0)::int FROM order_items WHERE tenant_id = ${tenant!.id}) AS ordered,
         (SELECT count(*)::int FROM slices WHERE tenant_id = ${tenant!.id} AND status = 'AVAILABLE') AS left`;
await check.end();
await bridge.close();
const placed = okMs.length;
say(
  `orders: ${placed} placed (${slicesBought} slices of ${stock}) in ${ordersWallS.toFixed(1)} s; answers ${JSON.stringify(Object.fromEntries(statuses))}; ${audit!.left} slices left unsold`,
);

// ---------------------------------------------------------------- the library figure, same run
let library: number | null = null;
if (process.env.BENCH_SKIP_RESERVE !== '1') {
  say('bench:reserve (library level) for the ratio…');
  const reserve = spawnSync('node_modules/.bin/tsx', ['bench/reserve.ts'], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_PGBENCH_SECONDS: process.env.BENCH_PGBENCH_SECONDS ?? '4', BENCH_REDIS_URL: redisUrl },
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = reserve.stdout.trim().split('\n').at(-1) ?? '';
  try {
    library = (JSON.parse(last) as { reservations_per_s: number }).reservations_per_s;
  } catch {
    say(`bench:reserve gave no JSON line (exit ${reserve.status}): ${reserve.stderr.slice(-500)}`);
  }
}

const ordersPerS = placed / ordersWallS;
console.log(
  JSON.stringify({
    orders_per_s: round(ordersPerS, 1),
    p50_ms: round(percentile(okMs, 50), 1),
    p99_ms: round(percentile(okMs, 99), 1),
    bare_route_per_s: round(bare / bareWallS, 1),
    // A slice in two orders, or more slices ordered than were taken: must be 0.
    oversold: Math.max(0, audit!.ordered - audit!.taken),
    library_reservations_per_s: library,
    ratio: library ? round(ordersPerS / library, 3) : null,
  }),
);
process.exit(0);
