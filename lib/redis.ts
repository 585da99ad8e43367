import { Redis } from '@upstash/redis';
import { env } from '@/lib/env.js';

export type RedisConfig = { url: string; token: string; timeoutMs: number };

/**
 * Every Redis client of the app, over Upstash's REST protocol. Fails fast rather than retrying:
 * each caller has a way on without Redis (Postgres alone, process memory, letting a request through).
 * `raw` leaves replies as Redis sent them, for the hold store's Lua scripts.
 */
export function createRedis(config: RedisConfig, { raw = false } = {}): Redis {
  return new Redis({
    url: config.url,
    token: config.token,
    retry: false,
    signal: () => AbortSignal.timeout(config.timeoutMs),
    enableTelemetry: false,
    ...(raw ? { automaticDeserialization: false } : {}),
  });
}

/** The configured Redis, or null when none is (the embedded default). */
export function redisConfig(): RedisConfig | null {
  if (!env.UPSTASH_REDIS_REST_URL || !env.UPSTASH_REDIS_REST_TOKEN) return null;
  return { url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN, timeoutMs: env.REDIS_TIMEOUT_MS };
}

function connect(): Redis | null {
  const config = redisConfig();
  return config ? createRedis(config) : null;
}

const globalForRedis = globalThis as unknown as { meuPedacoRedis?: Redis | null };
if (globalForRedis.meuPedacoRedis === undefined) globalForRedis.meuPedacoRedis = connect();
/** The app's shared client (rate limits), or null: callers fall back to process memory. */
export const redis: Redis | null = globalForRedis.meuPedacoRedis;
