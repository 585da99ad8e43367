import { Ratelimit } from '@upstash/ratelimit';
import type { Redis } from '@upstash/redis';
import { env } from '@/lib/env.js';
import { log } from '@/lib/observability/log';
import { createMemoryRateLimiter } from './memory';
import type { RateLimiter, RateLimitRule } from './types';

/**
 * Sliding window in Redis, shared by every app process; one Lua script checks and counts, so
 * concurrent attempts can never all slip in under the limit. A Redis that is slow (past
 * REDIS_TIMEOUT_MS) or down is handled as the rule says (`whenStoreDown`).
 */
export function createRedisRateLimiter(rule: RateLimitRule, redis: Redis): RateLimiter {
  const ratelimit = new Ratelimit({
    redis,
    prefix: `rl:${rule.prefix}`,
    limiter: Ratelimit.slidingWindow(rule.limit, `${rule.windowSeconds} s`),
    timeout: env.REDIS_TIMEOUT_MS,
    analytics: false,
    // A lock-out ends when the window says so, in every process alike (and refunds stay visible).
    ephemeralCache: false,
  });
  const fallback = rule.whenStoreDown === 'memory' ? createMemoryRateLimiter(rule) : null;
  const storeDown = (err: unknown) =>
    log.warn(
      { err, limiter: rule.prefix },
      fallback ? 'rate limiter unavailable; counting in memory' : 'rate limiter unavailable; allowing the request',
    );
  return {
    async limit(identifier) {
      try {
        const { success, reset } = await ratelimit.limit(identifier);
        return {
          allowed: success,
          retryAfterSeconds: success ? 0 : Math.max(1, Math.ceil((reset - Date.now()) / 1000)),
        };
      } catch (err) {
        storeDown(err);
        return fallback ? fallback.limit(identifier) : { allowed: true, retryAfterSeconds: 0 };
      }
    },
    async refund(identifier) {
      try {
        // A negative rate gives tokens back without checking the limit (the script's refund path).
        await ratelimit.limit(identifier, { rate: -1 });
      } catch (err) {
        storeDown(err);
        await fallback?.refund(identifier);
      }
    },
  };
}
