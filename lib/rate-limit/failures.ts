import type { RateLimiter } from './types';

export type FailureAttempt =
  | { allowed: true; succeeded(): Promise<void> }
  | { allowed: false; retryAfterSeconds: number };

/**
 * A limit on failures only, safe under concurrency: every attempt is counted against each key
 * BEFORE the expensive check runs (so a burst of parallel guesses gets at most `limit` checked),
 * and given back when it succeeds (so people who get it right are never locked out).
 */
export function failuresOnly(limiters: readonly { limiter: RateLimiter; key: string }[]) {
  return {
    async attempt(): Promise<FailureAttempt> {
      const decisions = await Promise.all(limiters.map(({ limiter, key }) => limiter.limit(key)));
      const counted = limiters.filter((_, i) => decisions[i]!.allowed);
      const giveBack = () => Promise.all(counted.map(({ limiter, key }) => limiter.refund(key))).then(() => {});
      if (counted.length < limiters.length) {
        await giveBack();
        return { allowed: false, retryAfterSeconds: Math.max(...decisions.map((d) => d.retryAfterSeconds)) };
      }
      return { allowed: true, succeeded: giveBack };
    },
  };
}
