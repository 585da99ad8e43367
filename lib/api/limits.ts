import { env } from '@/lib/env.js';
import { createRateLimiter, type RateLimiter } from '@/lib/rate-limit';

/**
 * The API's limits, on the app's one limiter: calls per key (a runaway integration slows down
 * alone), and failed key checks per client address (from lib/http/client-address.ts, never a
 * header the client picks), counted only when a check fails so a good key costs nothing extra.
 * A field each, so a test can put a tighter limiter in place.
 */
export const apiLimits: { perKey: RateLimiter; badKeyPerClient: RateLimiter } = {
  perKey: createRateLimiter({ prefix: 'api-key', limit: env.API_RATE_LIMIT_PER_MINUTE, windowSeconds: 60 }),
  badKeyPerClient: createRateLimiter({
    prefix: 'api-bad-key',
    limit: env.API_BAD_KEY_LIMIT_PER_MINUTE,
    windowSeconds: 60,
    // A guessing script must not gain from a Redis outage.
    whenStoreDown: 'memory',
  }),
};
