import { log } from '@/lib/observability/log';
import { metrics } from '@/lib/observability/metrics';
import { redisConfig } from '@/lib/redis';
import { createMemoryHoldStore } from './memory-store';
import { createRedisHoldStore } from './redis-store';
import type { HoldStore } from './types';

export { holdKey } from './types';
export type { ClaimGroup, ClaimResult, HoldStore } from './types';

/**
 * After this many failures in a row the store is skipped for COOL_OFF_MS, so a
 * dead Redis costs a few timeouts, not one per request; one slow call under a
 * busy event loop does not send everyone to Postgres.
 */
const FAILURES_TO_TRIP = 3;
const COOL_OFF_MS = 5_000;

export type GuardedHoldStore = {
  store: HoldStore;
  /** The store, or null while it is cooling off. */
  available(): HoldStore | null;
  /** Records a failed call; enough of them in a row start the cool-off. */
  failed(error: unknown): void;
  /** Records a call that went through. */
  succeeded(): void;
};

export function guard(store: HoldStore, now: () => number = Date.now): GuardedHoldStore {
  let downUntil = 0;
  let failuresInARow = 0;
  return {
    store,
    available: () => (now() < downUntil ? null : store),
    failed(error) {
      if (now() < downUntil || ++failuresInARow < FAILURES_TO_TRIP) return;
      log.warn({ err: error, store: store.kind }, 'hold store unreachable; reserving through Postgres alone');
      failuresInARow = 0;
      downUntil = now() + COOL_OFF_MS;
      metrics.redisFallbackActive.set(1);
    },
    succeeded() {
      failuresInARow = 0;
      // Back to 0 on the first call that goes through once the cool-off ends.
      if (downUntil !== 0) metrics.redisFallbackActive.set(0);
      downUntil = 0;
    },
  };
}

function fromEnv(): HoldStore {
  const config = redisConfig();
  return config ? createRedisHoldStore(config) : createMemoryHoldStore();
}

const globalForHolds = globalThis as unknown as { meuPedacoHolds?: GuardedHoldStore };
globalForHolds.meuPedacoHolds ??= guard(fromEnv());
export const holds: GuardedHoldStore = globalForHolds.meuPedacoHolds;
