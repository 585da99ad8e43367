import { env } from '@/lib/env.js';
import { log } from '@/lib/observability/log';
import { createMemoryHoldStore } from './memory-store';
import { createRedisHoldStore } from './redis-store';
import type { HoldStore } from './types';

export { holdKey } from './types';
export type { ClaimGroup, ClaimResult, HoldStore } from './types';

/** After a failure the store is skipped this long, so a dead Redis costs one timeout, not one per request. */
const COOL_OFF_MS = 5_000;

export type GuardedHoldStore = {
  store: HoldStore;
  /** The store, or null while it is cooling off after a failure. */
  available(): HoldStore | null;
  /** Records a failure: callers then go to Postgres alone until the cool-off ends. */
  failed(error: unknown): void;
};

export function guard(store: HoldStore, now: () => number = Date.now): GuardedHoldStore {
  let downUntil = 0;
  return {
    store,
    available: () => (now() < downUntil ? null : store),
    failed(error) {
      if (now() >= downUntil) log.warn({ err: error, store: store.kind }, 'hold store unreachable; reserving through Postgres alone');
      downUntil = now() + COOL_OFF_MS;
    },
  };
}

function fromEnv(): HoldStore {
  if (env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN) {
    return createRedisHoldStore({
      url: env.UPSTASH_REDIS_REST_URL,
      token: env.UPSTASH_REDIS_REST_TOKEN,
      timeoutMs: env.REDIS_TIMEOUT_MS,
    });
  }
  return createMemoryHoldStore();
}

const globalForHolds = globalThis as unknown as { meuPedacoHolds?: GuardedHoldStore };
export const holds: GuardedHoldStore = (globalForHolds.meuPedacoHolds ??= guard(fromEnv()));
