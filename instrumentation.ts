import * as Sentry from '@sentry/nextjs';

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('@/lib/env.js');
  if (env.SENTRY_DSN) Sentry.init({ dsn: env.SENTRY_DSN, environment: env.NODE_ENV });
  if (process.env.RUN_JOBS_IN_PROCESS === '1') {
    const { runJobsInProcess } = await import('@/worker/in-process');
    runJobsInProcess();
  }
  if (process.env.RUN_REALTIME_IN_PROCESS === '1') {
    const { startRealtimeInProcess } = await import('@/realtime/in-process');
    await startRealtimeInProcess();
  }
}

export const onRequestError = Sentry.captureRequestError;
