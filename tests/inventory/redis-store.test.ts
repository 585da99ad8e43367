import { randomUUID } from 'node:crypto';
import { Redis } from '@upstash/redis';
import { describe, expect, it } from 'vitest';
import { createRedisHoldStore } from '@/lib/inventory/holds/redis-store';

const config = {
  url: process.env.UPSTASH_REDIS_REST_URL!,
  token: process.env.UPSTASH_REDIS_REST_TOKEN!,
  timeoutMs: 2000,
};

describe('Redis hold store', () => {
  it('gives each of many concurrent claims its own slices, batched or not', async () => {
    const store = createRedisHoldStore(config);
    const keys = Array.from({ length: 10 }, (_, i) => `hold:{${randomUUID()}}:${i}`);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.claim([{ candidates: keys, count: 1 }], `order-${i}`, 30)),
    );
    const won = results.flatMap((r) => (r.ok ? r.claimed.flat() : []));
    expect(won).toHaveLength(10);
    expect(new Set(won).size).toBe(10);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.free[0] === 0)).toBe(true);
  });

  it('loads its script again after Redis forgot it', async () => {
    const store = createRedisHoldStore(config);
    const key = `hold:{${randomUUID()}}:1`;
    expect((await store.claim([{ candidates: [key], count: 1 }], 'a', 30)).ok).toBe(true);
    await new Redis({ url: config.url, token: config.token, enableTelemetry: false }).scriptFlush();
    const other = `hold:{${randomUUID()}}:2`;
    expect(await store.claim([{ candidates: [other], count: 1 }], 'b', 30)).toEqual({ ok: true, claimed: [[other]] });
  });
});
