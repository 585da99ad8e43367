import { Redis } from '@upstash/redis';
import { env } from '@/lib/env.js';

/**
 * The app's Redis over Upstash's REST protocol, or null when none is configured (the embedded
 * default). Fails fast like the hold store: callers fall back to process memory.
 */
function connect(): Redis | null {
  if (!env.UPSTASH_REDIS_REST_URL || !env.UPSTASH_REDIS_REST_TOKEN) return null;
  return new Redis({
    url: env.UPSTASH_REDIS_REST_URL,
    token: env.UPSTASH_REDIS_REST_TOKEN,
    retry: false,
    signal: () => AbortSignal.timeout(env.REDIS_TIMEOUT_MS),
    enableTelemetry: false,
  });
}

const globalForRedis = globalThis as unknown as { meuPedacoRedis?: Redis | null };
if (globalForRedis.meuPedacoRedis === undefined) globalForRedis.meuPedacoRedis = connect();
export const redis: Redis | null = globalForRedis.meuPedacoRedis;
