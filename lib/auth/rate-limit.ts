import { Ratelimit } from '@upstash/ratelimit';
import { redis } from '@/lib/redis';
import { log } from '@/lib/observability/log';

/** Failed sign-ins allowed per window, per e-mail and per client address. */
export const SIGN_IN_LIMITS = { perEmail: 5, perAddress: 30, windowSeconds: 15 * 60 } as const;

type Limiter = {
  /** Failures left before `key` is locked out, and when the window frees one (epoch ms). */
  remaining(key: string): Promise<{ remaining: number; reset: number }>;
  /** Counts one failure against `key`. */
  consume(key: string): Promise<void>;
};

function upstashLimiter(max: number, prefix: string): Limiter {
  const limiter = new Ratelimit({
    redis: redis!,
    limiter: Ratelimit.slidingWindow(max, `${SIGN_IN_LIMITS.windowSeconds} s`),
    prefix,
    analytics: false,
    ephemeralCache: false, // a lock-out must end when the window says so, in every process alike
  });
  return {
    remaining: (key) => limiter.getRemaining(key),
    consume: async (key) => void (await limiter.limit(key)),
  };
}

/** For the embedded default (no Redis): a fixed window per key in process memory. */
export function memoryLimiter(max: number, now: () => number = Date.now): Limiter {
  const windows = new Map<string, { count: number; reset: number }>();
  const current = (key: string) => {
    const w = windows.get(key);
    return w && w.reset > now() ? w : { count: 0, reset: now() + SIGN_IN_LIMITS.windowSeconds * 1000 };
  };
  return {
    remaining: async (key) => {
      const w = current(key);
      return { remaining: Math.max(0, max - w.count), reset: w.reset };
    },
    consume: async (key) => {
      const w = current(key);
      windows.set(key, { count: w.count + 1, reset: w.reset });
    },
  };
}

/** Redis when configured; if Redis fails, memory for that call, so sign-in never depends on it. */
function resilient(primary: Limiter | null, fallback: Limiter): Limiter {
  if (!primary) return fallback;
  const either = <T>(call: (l: Limiter) => Promise<T>) =>
    call(primary).catch((err) => {
      log.warn({ err }, 'sign-in rate limit store unreachable; limiting in memory');
      return call(fallback);
    });
  return { remaining: (key) => either((l) => l.remaining(key)), consume: (key) => either((l) => l.consume(key)) };
}

const byEmail = resilient(
  redis && upstashLimiter(SIGN_IN_LIMITS.perEmail, 'meupedaco:signin:email'),
  memoryLimiter(SIGN_IN_LIMITS.perEmail),
);
const byAddress = resilient(
  redis && upstashLimiter(SIGN_IN_LIMITS.perAddress, 'meupedaco:signin:ip'),
  memoryLimiter(SIGN_IN_LIMITS.perAddress),
);

/** Only failures count, so staff who sign in correctly all day are never locked out. */
export const signInLimiter = {
  /** Epoch ms when the next attempt is allowed, or null if it is allowed now. */
  async lockedUntil(email: string, address: string): Promise<number | null> {
    const [e, a] = await Promise.all([byEmail.remaining(email), byAddress.remaining(address)]);
    if (e.remaining > 0 && a.remaining > 0) return null;
    return Math.max(e.remaining > 0 ? 0 : e.reset, a.remaining > 0 ? 0 : a.reset);
  },
  async recordFailure(email: string, address: string) {
    await Promise.all([byEmail.consume(email), byAddress.consume(address)]);
  },
};
