import { randomUUID } from 'node:crypto';
import { Redis } from '@upstash/redis';
import { describe, expect, inject, it } from 'vitest';
import { createMemoryRateLimiter, createRateLimiter, createRedisRateLimiter, failuresOnly } from '@/lib/rate-limit';

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

  it('Redis: counts atomically under concurrency, and a refund gives one attempt back', async () => {
    const limiter = createRedisRateLimiter({ prefix: `t-${randomUUID()}`, limit: 5, windowSeconds: 60 }, redis());
    const burst = await Promise.all(Array.from({ length: 16 }, () => limiter.limit('k')));
    expect(burst.filter((d) => d.allowed)).toHaveLength(5);
    await limiter.refund('k');
    expect((await limiter.limit('k')).allowed).toBe(true);
    expect((await limiter.limit('k')).allowed).toBe(false);
  });

  it('memory: refused attempts are not counted, and a refund gives one back', async () => {
    const limiter = createMemoryRateLimiter({ prefix: 'm', limit: 2, windowSeconds: 10 }, () => 0);
    const burst = await Promise.all(Array.from({ length: 6 }, () => limiter.limit('k')));
    expect(burst.filter((d) => d.allowed)).toHaveLength(2);
    await limiter.refund('k');
    expect((await limiter.limit('k')).allowed).toBe(true);
  });

  it('failures only: a success gives its counted attempt back on every key; a refusal counts nothing', async () => {
    const rule = (limit: number) => createMemoryRateLimiter({ prefix: 'f', limit, windowSeconds: 60 }, () => 0);
    const [a, b] = [rule(2), rule(1)];
    const keys = [
      { limiter: a, key: 'x' },
      { limiter: b, key: 'y' },
    ];
    const first = await failuresOnly(keys).attempt();
    expect(first.allowed).toBe(true);
    if (first.allowed) await first.succeeded();
    const failed = await failuresOnly(keys).attempt(); // not given back: a failure
    expect(failed.allowed).toBe(true);
    expect(await failuresOnly(keys).attempt()).toMatchObject({ allowed: false });
    // b refused, so a's count was given back: a still has one left of its 2.
    expect((await a.limit('x')).allowed).toBe(true);
    expect((await a.limit('x')).allowed).toBe(false);
  });

  it('memory fallback when the rule asks for it: an outage does not lift a sign-in limit', async () => {
    const limiter = createRedisRateLimiter(
      { prefix: 'down', limit: 1, windowSeconds: 60, whenStoreDown: 'memory' },
      new Redis({ url: 'http://127.0.0.1:9', token: 'x', retry: false }),
    );
    expect((await limiter.limit('z')).allowed).toBe(true);
    expect((await limiter.limit('z')).allowed).toBe(false);
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
