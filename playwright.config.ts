import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const restPort = Number(process.env.E2E_REDIS_REST_PORT ?? 8089);
const restToken = 'e2e-token';
const realtimePort = Number(process.env.E2E_REALTIME_PORT ?? 3102);
/**
 * Metrics ports of the web server and the realtime sidecar, and the worker and Prometheus that
 * e2e/observability.spec.ts starts: by default just above E2E_PORT, in each engineer's own range.
 */
export const e2eMetricsPort = Number(process.env.E2E_METRICS_PORT ?? port + 3);
export const e2eRealtimeMetricsPort = e2eMetricsPort + 1;
export const e2eWorkerMetricsPort = e2eMetricsPort + 2;
export const e2ePrometheusPort = e2eMetricsPort + 3;
const appSecret = 'e2e-secret-e2e-secret-e2e-secret-e2e';
const kitchenSpecs = /\/(kds|kitchen)[^/]*\.spec\.ts$/;
export const e2eDatabaseUrl = process.env.E2E_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/meupedaco_e2e';

// The built app (`next build` runs first, in scripts/test.sh) on a database prepared by e2e/prepare-db.ts.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // A whole journey (sign-up → menu → pizza → storefront) on a 2-core machine running other suites took
  // 31–36 s; Playwright's default 30 s then fails a test that is only slow. Each step still waits for
  // what it needs (auto-waiting locators), so this only moves the point where a hang is reported.
  timeout: 120_000,
  // Likewise one step (a server action that hashes a password, then redirects) took over 5 s at load 40.
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium; Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // Customers and owners on a phone; the kitchen board (kds*/kitchen* specs) on a landscape tablet.
  projects: [
    { name: 'phone', testIgnore: kitchenSpecs, use: { ...devices['Pixel 7'], browserName: 'chromium' } },
    {
      name: 'tablet',
      testMatch: kitchenSpecs,
      use: { ...devices['Galaxy Tab S4 landscape'], browserName: 'chromium' },
    },
  ],
  webServer: [
    {
      command: 'node_modules/.bin/tsx infra/redis-rest/cli.ts',
      url: `http://127.0.0.1:${restPort}/health`,
      env: {
        PORT: String(restPort),
        UPSTASH_REDIS_REST_TOKEN: restToken,
        REDIS_URL: process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379/3',
      },
      reuseExistingServer: false,
    },
    {
      command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}/api/health`,
      env: {
        DATABASE_URL: e2eDatabaseUrl,
        UPSTASH_REDIS_REST_URL: `http://127.0.0.1:${restPort}`,
        UPSTASH_REDIS_REST_TOKEN: restToken,
        // As in tests/setup-env.ts: a busy machine's slow bridge must not trip the Redis fallback.
        REDIS_TIMEOUT_MS: '10000',
        LOG_LEVEL: 'warn',
        APP_SECRET: appSecret,
        REALTIME_PUBLIC_URL: `http://127.0.0.1:${realtimePort}`,
        CREDENTIALS_KEY: 'ZTJlLWNyZWRlbnRpYWxzLWtleS1lMmUtY3JlZGVudGk=',
        // The demo pizzeria has no Mercado Pago account: customers pay on the dev payment page.
        PAYMENTS_DEV_PROVIDER: '1',
        METRICS_PORT: String(e2eMetricsPort),
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The realtime sidecar, as production runs it: its own process tailing the same database.
      command: 'node_modules/.bin/tsx realtime/main.ts',
      url: `http://127.0.0.1:${realtimePort}/health`,
      env: {
        DATABASE_URL: e2eDatabaseUrl,
        REALTIME_PORT: String(realtimePort),
        APP_URL: `http://127.0.0.1:${port}`,
        APP_SECRET: appSecret,
        LOG_LEVEL: 'warn',
        SERVICE_NAME: 'realtime',
        METRICS_PORT: String(e2eRealtimeMetricsPort),
      },
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
