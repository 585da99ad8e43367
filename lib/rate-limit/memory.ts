import type { RateLimiter, RateLimitRule } from './types';

/** Fixed windows in process memory: the embedded default has no Redis, and one process serves it. */
export function createMemoryRateLimiter(rule: RateLimitRule, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const current = (identifier: string) => {
    const at = now();
    for (const [key, w] of windows) if (w.resetAt <= at) windows.delete(key);
    const window = windows.get(identifier) ?? { count: 0, resetAt: at + rule.windowSeconds * 1000 };
    windows.set(identifier, window);
    return { window, at };
  };
  return {
    async limit(identifier) {
      const { window, at } = current(identifier);
      // Like the Redis script: a refused attempt is not counted.
      if (window.count >= rule.limit)
        return { allowed: false, retryAfterSeconds: Math.ceil((window.resetAt - at) / 1000) };
      window.count += 1;
      return { allowed: true, retryAfterSeconds: 0 };
    },
    async refund(identifier) {
      const { window } = current(identifier);
      window.count = Math.max(0, window.count - 1);
    },
  };
}
