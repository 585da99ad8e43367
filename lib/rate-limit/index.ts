import { metrics } from '@/lib/observability/metrics';
import { redis } from '@/lib/redis';
import { failuresOnly, type FailureAttempt } from './failures';
import { createMemoryRateLimiter } from './memory';
import { createRedisRateLimiter } from './redis';
import type { RateLimiter, RateLimitRule } from './types';

export type { RateLimitDecision, RateLimiter, RateLimitRule } from './types';
export type { FailureAttempt };
export { createMemoryRateLimiter, createRedisRateLimiter, failuresOnly };

/** Redis when the app has one (every process counts together), else process memory. */
export function createRateLimiter(rule: RateLimitRule): RateLimiter {
  const limiter = redis ? createRedisRateLimiter(rule, redis) : createMemoryRateLimiter(rule);
  return {
    ...limiter,
    async limit(identifier) {
      const decision = await limiter.limit(identifier);
      // The rule's prefix names the limiter: a handful of fixed values.
      if (!decision.allowed) metrics.rateLimitRejections.inc({ limiter: rule.prefix });
      return decision;
    },
  };
}
