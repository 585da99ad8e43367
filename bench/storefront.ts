/**
 * `npm run bench:storefront`: Lighthouse (mobile profile, Debian's Chromium) on the built app.
 *
 * Builds the app (with BENCH_BASELINE_PAGE=1, so /baseline exists: production builds leave it
 * out), serves it with `next start` on a fresh database holding the demo pizzeria and one pending
 * order, then runs Lighthouse BENCH_RUNS times (default 5) on each of: the demo storefront, that
 * order's page, and /baseline (the same app's bare page: the framework's floor on this machine,
 * measured in the same run). Medians per page; `ratio` = storefront performance / baseline
 * performance. `first_load_js_kb` is the gzip size of every script the storefront's HTML loads,
 * `baseline_first_load_js_kb` the same for /baseline, and `own_js_kb` the difference: what the
 * storefront adds to the framework's floor. Goals: own_js_kb ≤ 15, ratio ≥ 0.95, accessibility
 * ≥ 95, CLS ≤ 0.05 (`goals_met`). Ends with one JSON line.
 *
 * Knobs (env): BENCH_POSTGRES_URL (admin URL), BENCH_DATABASE_NAME (default
 * meupedaco_bench_storefront), BENCH_PORT (default 3190), BENCH_RUNS, CHROMIUM_PATH (default
 * /usr/bin/chromium), BENCH_SKIP_BUILD=1 (reuse .next, which must have been built with
 * BENCH_BASELINE_PAGE=1), BENCH_BUNDLER=webpack (build with `--webpack` instead of Turbopack).
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createFreshDatabase } from '../db/migrate';
import { round } from './stats';

const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const port = Number(process.env.BENCH_PORT ?? 3190);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const base = `http://127.0.0.1:${port}`;
const say = (line: string) => console.log(`[bench:storefront] ${line}`);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const bundler = process.env.BENCH_BUNDLER === 'webpack' ? 'webpack' : 'turbopack';
let buildSeconds: number | undefined;
if (process.env.BENCH_SKIP_BUILD !== '1') {
  say(`building the app with ${bundler}…`);
  const startedAt = performance.now();
  const build = spawnSync('node_modules/.bin/next', ['build', ...(bundler === 'webpack' ? ['--webpack'] : [])], {
    stdio: 'inherit',
    env: { ...process.env, SKIP_ENV_VALIDATION: '1', BENCH_BASELINE_PAGE: '1' },
  });
  if (build.status !== 0) process.exit(2);
  buildSeconds = round((performance.now() - startedAt) / 1000, 1);
}

process.env.DATABASE_URL = await createFreshDatabase(
  adminUrl,
  process.env.BENCH_DATABASE_NAME ?? 'meupedaco_bench_storefront',
);
// The server must sign order links with the key the order's link was made with.
process.env.APP_SECRET ??= 'bench-secret-bench-secret-bench-secret';
const { seedDemo } = await import('../scripts/seed');
const { placeDemoOrder } = await import('./demo-order');
const { tenantId } = await seedDemo();
const orderPath = await placeDemoOrder(tenantId);

const server = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    CREDENTIALS_KEY: process.env.CREDENTIALS_KEY ?? randomBytes(32).toString('base64'),
    PAYMENTS_DEV_PROVIDER: '1', // the demo order is paid through it
  },
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true, // its own process group: next start forks next-server
});
const stopServer = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);

/** Up to two minutes: on a loaded 2-core machine `next start` can take tens of seconds. */
async function waitForServer() {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('next start did not become ready');
}

/**
 * Gzip bytes of every script the page's HTML loads, what a phone downloads before it can tap;
 * `noModule` polyfills are left out, as modern browsers never fetch them.
 */
async function firstLoadJsKb(path: string) {
  const html = await (await fetch(base + path)).text();
  const sources = [...html.matchAll(/<script([^>]+)>/g)]
    .filter((m) => !/nomodule/i.test(m[1]!))
    .map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1])
    .filter((src): src is string => Boolean(src));
  let bytes = 0;
  for (const src of new Set(sources))
    bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return bytes / 1024;
}

type Sample = { performance: number; accessibility: number; lcp: number; tbt: number; cls: number };

async function audit(chromePort: number, path: string): Promise<Sample> {
  const result = await lighthouse(base + path, {
    port: chromePort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  });
  const lhr = result!.lhr;
  return {
    performance: (lhr.categories.performance?.score ?? 0) * 100,
    accessibility: (lhr.categories.accessibility?.score ?? 0) * 100,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
  };
}

function summarize(samples: Sample[]) {
  return {
    performance: median(samples.map((s) => s.performance)),
    accessibility: median(samples.map((s) => s.accessibility)),
    lcp_ms: round(median(samples.map((s) => s.lcp)), 0),
    tbt_ms: round(median(samples.map((s) => s.tbt)), 0),
    cls: round(median(samples.map((s) => s.cls)), 3),
  };
}

try {
  await waitForServer();
  const pages = { storefront: '/pizzaria-demo', order: orderPath, baseline: '/baseline' };
  if ((await fetch(base + pages.baseline)).status !== 200) {
    throw new Error('/baseline is not served: build with BENCH_BASELINE_PAGE=1 (or drop BENCH_SKIP_BUILD)');
  }
  for (const path of Object.values(pages)) await fetch(base + path); // compile/warm caches before timing

  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const samples: Record<keyof typeof pages, Sample[]> = { storefront: [], order: [], baseline: [] };
  try {
    // Interleaved, so a noisy moment on the machine hits every page alike.
    for (let run = 1; run <= runs; run++) {
      for (const [name, path] of Object.entries(pages) as [keyof typeof pages, string][]) {
        const sample = await audit(chrome.port, path);
        samples[name].push(sample);
        say(
          `run ${run} ${name.padEnd(10)} performance ${sample.performance} accessibility ${sample.accessibility} LCP ${Math.round(sample.lcp)} ms TBT ${Math.round(sample.tbt)} ms CLS ${sample.cls.toFixed(3)}`,
        );
      }
    }
  } finally {
    chrome.kill();
  }

  const storefront = summarize(samples.storefront);
  const order = summarize(samples.order);
  const baseline = summarize(samples.baseline);
  const firstLoad = round(await firstLoadJsKb(pages.storefront), 1);
  const baselineJs = round(await firstLoadJsKb(pages.baseline), 1);
  const ownJs = round(firstLoad - baselineJs, 1);
  const ratio = round(storefront.performance / baseline.performance, 3);
  const goals = {
    'own_js_kb ≤ 15': ownJs <= 15,
    'ratio ≥ 0.95': ratio >= 0.95,
    'accessibility ≥ 95': storefront.accessibility >= 95,
    'CLS ≤ 0.05': storefront.cls <= 0.05,
  };
  say(`order page: ${JSON.stringify(order)}`);
  say(`baseline:   ${JSON.stringify(baseline)}`);
  for (const [goal, met] of Object.entries(goals)) say(`goal ${goal}: ${met ? 'met' : 'MISSED'}`);
  console.log(
    JSON.stringify({
      ...storefront,
      first_load_js_kb: firstLoad,
      // The framework's own share (React, the Next runtime): what the baseline page loads.
      baseline_first_load_js_kb: baselineJs,
      // What the storefront adds on top of the framework: the budget that is ours to keep.
      own_js_kb: ownJs,
      baseline_performance: baseline.performance,
      ratio,
      order_performance: order.performance,
      order_accessibility: order.accessibility,
      goals_met: Object.values(goals).every(Boolean),
      ...(buildSeconds === undefined ? {} : { bundler, build_s: buildSeconds }),
    }),
  );
} finally {
  stopServer();
}
process.exit(0);
