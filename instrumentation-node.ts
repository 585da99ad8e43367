import * as Sentry from '@sentry/nextjs';
import { env } from '@/lib/env.js';
import { installPeerStamp } from '@/lib/http/peer-stamp';
import { installHttpMetrics } from '@/lib/observability/http-metrics';
import { serveMetrics } from '@/lib/observability/metrics-server';

/**
 * Start-up of the Node.js server: the client address stamp, request timing and the metrics port,
 * error reporting, and the sidecars `npm run dev` runs in process.
 */
export async function registerNode() {
  installPeerStamp();
  installHttpMetrics();
  if (env.METRICS_PORT !== undefined) await serveMetrics(env.METRICS_PORT);
  if (env.SENTRY_DSN) Sentry.init({ dsn: env.SENTRY_DSN, environment: env.NODE_ENV, release: env.SENTRY_RELEASE });
  if (process.env.RUN_JOBS_IN_PROCESS === '1') {
    const { runJobsInProcess } = await import('@/worker/in-process');
    runJobsInProcess();
  }
  if (process.env.RUN_REALTIME_IN_PROCESS === '1') {
    const { startRealtimeInProcess } = await import('@/realtime/in-process');
    await startRealtimeInProcess();
  }
}
