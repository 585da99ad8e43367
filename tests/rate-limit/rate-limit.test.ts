import { randomUUID } from 'node:crypto';
import { Redis } from '@upstash/redis';
import { describe, expect, inject, it } from 'vitest';
import { createMemoryRateLimiter, createRateLimiter, createRedisRateLimiter } from '@/lib/rate-limit';

const redis = () => new Redis({ url: inject('redisRestUrl'), token: inject('redisRestToken'), enableTelemetry: false });

describe('rate limits', () => {
  it('Redis: lets `limit` requests through per identifier, then says when to retry', async () => {
    const limiter = createRedisRateLimiter({ prefix: `t-${randomUUID()}`, limit: 3, windowSeconds: 60 }, redis());
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.limit('client-a'));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]!.retryAfterSeconds).toBeGreaterThan(0);
    expect(decisions[3]!.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await limiter.limit('client-b')).allowed).toBe(true);
  });

  it('Redis: processes count together, since the window lives in Redis', async () => {
    const rule = { prefix: `t-${randomUUID()}`, limit: 2, windowSeconds: 60 };
    const [a, b] = [createRedisRateLimiter(rule, redis()), createRedisRateLimiter(rule, redis())];
    await a.limit('x');
    await b.limit('x');
    expect((await a.limit('x')).allowed).toBe(false);
  });

  it('memory: the window resets when it ends', async () => {
    let now = 0;
    const limiter = createMemoryRateLimiter({ prefix: 'm', limit: 1, windowSeconds: 10 }, () => now);
    expect((await limiter.limit('x')).allowed).toBe(true);
    expect(await limiter.limit('x')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now = 10_000;
    expect((await limiter.limit('x')).allowed).toBe(true);
  });

  it('lets requests through when Redis cannot be reached', async () => {
    const limiter = createRedisRateLimiter(
      { prefix: 'down', limit: 1, windowSeconds: 60 },
      new Redis({ url: 'http://127.0.0.1:9', token: 'x', retry: false }),
    );
    await expect(limiter.limit('z')).resolves.toMatchObject({ allowed: true });
  });

  it('from the environment it uses Redis, so the tests above describe the app', async () => {
    const rule = { prefix: `t-${randomUUID()}`, limit: 1, windowSeconds: 60 };
    await createRateLimiter(rule).limit('y');
    expect((await createRedisRateLimiter(rule, redis()).limit('y')).allowed).toBe(false);
  });
});
