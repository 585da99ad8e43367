export type RateLimitRule = {
  /** Keeps one limiter's counters apart from another's in the shared Redis. */
  prefix: string;
  limit: number;
  windowSeconds: number;
};

export type RateLimitDecision = { allowed: boolean; retryAfterSeconds: number };

export type RateLimiter = { limit(identifier: string): Promise<RateLimitDecision> };
