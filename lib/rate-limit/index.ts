import { env } from '@/lib/env.js';
import { log } from '@/lib/observability/log';
import { createMemoryRateLimiter } from './memory';
import { createRedisRateLimiter } from './redis';
import type { RateLimiter, RateLimitRule } from './types';

export type { RateLimitDecision, RateLimiter, RateLimitRule } from './types';
export { createMemoryRateLimiter, createRedisRateLimiter };

/** Redis when the app has one (every process counts together), else process memory. */
export function createRateLimiter(rule: RateLimitRule): RateLimiter {
  const limiter =
    env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN
      ? createRedisRateLimiter(rule, { url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN, timeoutMs: env.REDIS_TIMEOUT_MS })
      : createMemoryRateLimiter(rule);
  return {
    async limit(identifier) {
      try {
        return await limiter.limit(identifier);
      } catch (err) {
        // An unreachable Redis lets the request through rather than turn customers away.
        log.warn({ err, limiter: rule.prefix }, 'rate limiter unavailable; allowing the request');
        return { allowed: true, retryAfterSeconds: 0 };
      }
    },
  };
}
