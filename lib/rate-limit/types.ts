export type RateLimitRule = {
  /** Keeps one limiter's counters apart from another's in the shared Redis. */
  prefix: string;
  limit: number;
  windowSeconds: number;
  /**
   * When Redis is unreachable: `allow` lets the request through (buying must not stop), `memory`
   * counts in this process instead (sign-in: a guessing script must not gain from an outage).
   */
  whenStoreDown?: 'allow' | 'memory';
};

export type RateLimitDecision = { allowed: boolean; retryAfterSeconds: number };

export type RateLimiter = {
  /** Counts one attempt, atomically, and says whether it was within the limit. */
  limit(identifier: string): Promise<RateLimitDecision>;
  /** Gives one counted attempt back (a failures-only rule, after the attempt succeeded). */
  refund(identifier: string): Promise<void>;
};
