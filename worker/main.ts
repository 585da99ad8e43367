// `npm run worker` and the image's `worker` command.
import { env } from '@/lib/env.js';
import { log } from '@/lib/observability/log';
import { serveMetrics } from '@/lib/observability/metrics-server';
import { startWorker } from './start';
import { registerStockGauges } from './stock-gauges';

// Stock and sales gauges come from this process only (see stock-gauges.ts).
registerStockGauges();
if (env.METRICS_PORT !== undefined) await serveMetrics(env.METRICS_PORT);
const worker = await startWorker({ databaseUrl: env.DATABASE_URL });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    log.info({ signal, graceMs: env.SHUTDOWN_GRACE_MS }, 'worker stopping');
    // pg-boss bounds its own wait by the grace period; this bounds closing the pool as well.
    setTimeout(() => process.exit(1), env.SHUTDOWN_GRACE_MS + 2_000).unref();
    await worker.stop(env.SHUTDOWN_GRACE_MS);
    log.info('worker stopped');
    process.exit(0);
  });
}
