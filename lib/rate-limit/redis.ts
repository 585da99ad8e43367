import { Ratelimit } from '@upstash/ratelimit';
import type { Redis } from '@upstash/redis';
import { env } from '@/lib/env.js';
import { log } from '@/lib/observability/log';
import type { RateLimiter, RateLimitRule } from './types';

/**
 * Sliding window in Redis, shared by every app process. A Redis that is slow (past
 * REDIS_TIMEOUT_MS) or down lets the request through: it must not stop people from buying.
 */
export function createRedisRateLimiter(rule: RateLimitRule, redis: Redis): RateLimiter {
  const ratelimit = new Ratelimit({
    redis,
    prefix: `rl:${rule.prefix}`,
    limiter: Ratelimit.slidingWindow(rule.limit, `${rule.windowSeconds} s`),
    timeout: env.REDIS_TIMEOUT_MS,
    analytics: false,
  });
  return {
    async limit(identifier) {
      try {
        const { success, reset } = await ratelimit.limit(identifier);
        return {
          allowed: success,
          retryAfterSeconds: success ? 0 : Math.max(1, Math.ceil((reset - Date.now()) / 1000)),
        };
      } catch (err) {
        log.warn({ err, limiter: rule.prefix }, 'rate limiter unavailable; allowing the request');
        return { allowed: true, retryAfterSeconds: 0 };
      }
    },
  };
}
