import type { RateLimiter, RateLimitRule } from './types';

/** Fixed windows in process memory: the embedded default has no Redis, and one process serves it. */
export function createMemoryRateLimiter(rule: RateLimitRule, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    async limit(identifier) {
      const at = now();
      for (const [key, w] of windows) if (w.resetAt <= at) windows.delete(key);
      const window = windows.get(identifier) ?? { count: 0, resetAt: at + rule.windowSeconds * 1000 };
      window.count += 1;
      windows.set(identifier, window);
      const allowed = window.count <= rule.limit;
      return { allowed, retryAfterSeconds: allowed ? 0 : Math.ceil((window.resetAt - at) / 1000) };
    },
  };
}
