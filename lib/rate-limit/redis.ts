import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import type { RateLimiter, RateLimitRule } from './types';

/**
 * Sliding window in Redis, shared by every app process. Past `timeoutMs` the request is let
 * through: a slow Redis must not stop people from buying.
 */
export function createRedisRateLimiter(
  rule: RateLimitRule,
  redisConfig: { url: string; token: string; timeoutMs: number },
): RateLimiter {
  const redis = new Redis({ url: redisConfig.url, token: redisConfig.token, retry: false, enableTelemetry: false });
  const ratelimit = new Ratelimit({
    redis,
    prefix: `rl:${rule.prefix}`,
    limiter: Ratelimit.slidingWindow(rule.limit, `${rule.windowSeconds} s`),
    timeout: redisConfig.timeoutMs,
    analytics: false,
  });
  return {
    async limit(identifier) {
      const { success, reset } = await ratelimit.limit(identifier);
      return { allowed: success, retryAfterSeconds: success ? 0 : Math.max(1, Math.ceil((reset - Date.now()) / 1000)) };
    },
  };
}
