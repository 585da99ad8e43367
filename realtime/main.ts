// `npm run realtime` and the image's `realtime` command: the Socket.IO sidecar as its own process.
import { sql } from '@/db/client';
import { env } from '@/lib/env.js';
import { log } from '@/lib/observability/log';
import { serveMetrics } from '@/lib/observability/metrics-server';
import { startRealtimeServer } from './server';

if (env.METRICS_PORT !== undefined) await serveMetrics(env.METRICS_PORT);
const server = await startRealtimeServer({
  sql,
  port: env.REALTIME_PORT,
  listen: env.REALTIME_LISTEN,
  pollMs: env.REALTIME_POLL_MS,
  corsOrigin: new URL(env.APP_URL).origin,
  log,
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    log.info({ signal, graceMs: env.SHUTDOWN_GRACE_MS }, 'realtime stopping');
    const force = setTimeout(() => process.exit(1), env.SHUTDOWN_GRACE_MS).unref();
    await server.close();
    await sql.end({ timeout: 5 });
    clearTimeout(force);
    process.exit(0);
  });
}
