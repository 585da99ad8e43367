import { createRateLimiter, failuresOnly, type RateLimiter } from '@/lib/rate-limit';

/** Failed password checks allowed per window, per account e-mail and per client address. */
export const SIGN_IN_LIMITS = { perEmail: 5, perAddress: 30, windowSeconds: 15 * 60 } as const;

const byEmail = createRateLimiter({
  prefix: 'signin:email',
  limit: SIGN_IN_LIMITS.perEmail,
  windowSeconds: SIGN_IN_LIMITS.windowSeconds,
  whenStoreDown: 'memory',
});
const byAddress = createRateLimiter({
  prefix: 'signin:ip',
  limit: SIGN_IN_LIMITS.perAddress,
  windowSeconds: SIGN_IN_LIMITS.windowSeconds,
  whenStoreDown: 'memory',
});

/**
 * Every place that checks a password (sign-in, password change) goes through this one rule:
 * the attempt is counted before argon2 runs and given back if the password was right.
 */
export function passwordAttempt(
  email: string,
  address: string,
  limiters: { byEmail: RateLimiter; byAddress: RateLimiter } = { byEmail, byAddress },
) {
  return failuresOnly([
    { limiter: limiters.byEmail, key: email },
    { limiter: limiters.byAddress, key: address },
  ]).attempt();
}
