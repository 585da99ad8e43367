import { sql } from '@/db/client';
import { env } from '@/lib/env.js';
import { log } from '@/lib/observability/log';
import { startRealtimeServer } from './server';

/**
 * `npm run dev` runs the sidecar inside the app process, so the README's two commands stay
 * two. On the embedded PGlite it must: PGlite takes one connection at a time, and the app's
 * single pooled connection is the only safe one, so the sidecar shares it and polls.
 */
export function startRealtimeInProcess() {
  const g = globalThis as { meuPedacoRealtime?: Promise<unknown> };
  g.meuPedacoRealtime ??= startRealtimeServer({
    sql,
    port: env.REALTIME_PORT,
    listen: env.REALTIME_LISTEN,
    pollMs: env.REALTIME_POLL_MS,
    corsOrigin: new URL(env.APP_URL).origin,
    log: log.child({ component: 'realtime' }),
  }).catch((err: unknown) =>
    log.error(
      { err, port: env.REALTIME_PORT },
      'realtime could not start in process; is `npm run realtime` already running?',
    ),
  );
  return g.meuPedacoRealtime;
}
