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
  return redis ? createRedisRateLimiter(rule, redis) : createMemoryRateLimiter(rule);
}
