import { randomUUID } from 'node:crypto';
import { Redis } from '@upstash/redis';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scriptBatcher } from '@/lib/inventory/holds/script-batcher';

/** The real client on the test bridge, counting the HTTP requests its pipelines make. */
function countingRedis() {
  const redis = new Redis({
    url: process.env.UPSTASH_REDIS_REST_URL!,
    token: process.env.UPSTASH_REDIS_REST_TOKEN!,
    enableTelemetry: false,
    automaticDeserialization: false,
  });
  let requests = 0;
  const pipeline = redis.pipeline.bind(redis);
  redis.pipeline = () => {
    requests++;
    return pipeline();
  };
  return { redis, requests: () => requests, reset: () => (requests = 0) };
}

const INCR_BY = `return redis.call('INCRBY', KEYS[1], ARGV[1])`;
/** Longer than the batcher's gap between requests. */
const PAST_THE_GAP_MS = 10;

describe('script batcher', () => {
  // The batcher's clock and its gap timer are fake, so only the test moves time: how calls group
  // never depends on how fast this machine happens to be. The HTTP requests to Redis stay real.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends calls made while it is busy together, each EVALSHA still answered on its own', async () => {
    const { redis, requests, reset } = countingRedis();
    const run = scriptBatcher(redis, INCR_BY);
    const key = `batch:{${randomUUID()}}`;
    await run([`batch:{${randomUUID()}}`], ['1']); // loads the script
    vi.advanceTimersByTime(PAST_THE_GAP_MS);
    reset();
    const all = Promise.all(Array.from({ length: 40 }, (_, i) => run([key], [String(i + 1)])));
    // The first call leaves at once; the other 39 wait out the gap and leave together.
    expect(requests()).toBe(1);
    await vi.advanceTimersByTimeAsync(PAST_THE_GAP_MS);
    const replies = await all;
    expect(requests()).toBe(2);
    // 1 + 2 + … + 40, each call seeing the running sum of those before it in Redis order.
    expect(Math.max(...(replies as number[]))).toBe(820);
    expect(new Set(replies).size).toBe(40);
  });

  it('sends a call at once when idle and rejects only the calls whose script failed', async () => {
    const { redis, requests, reset } = countingRedis();
    const run = scriptBatcher(redis, INCR_BY);
    const key = `batch:{${randomUUID()}}`;
    await run([`batch:{${randomUUID()}}`], ['1']); // loads the script
    vi.advanceTimersByTime(PAST_THE_GAP_MS);
    reset();
    expect(await run([key], ['5'])).toBe(5);
    expect(requests()).toBe(1);
    const both = Promise.allSettled([run([key], ['1']), run([key], ['not a number'])]);
    await vi.advanceTimersByTimeAsync(PAST_THE_GAP_MS);
    const [good, bad] = await both;
    expect(good).toEqual({ status: 'fulfilled', value: 6 });
    expect(bad.status).toBe('rejected');
  });
});
