import type { Redis } from '@upstash/redis';

type Call = { keys: string[]; args: string[]; resolve(reply: unknown): void; reject(error: unknown): void };

/** Requests to Redis in flight at once; further calls queue and leave together in one pipeline. */
const MAX_IN_FLIGHT = 2;
/**
 * Under load, requests leave at most this often, so calls gather into fewer, larger
 * pipelines. Each HTTP request costs far more CPU (fetch in the app, the REST
 * endpoint) than the EVALSHAs it carries: `npm run bench:reserve` measured about
 * 0.5 requests per reservation without a gap and 0.16 with 5 ms, with more
 * reservations/s at a lower p50 (less CPU contended). An idle store still sends at once.
 */
const MIN_GAP_MS = 5;

/**
 * Runs one Lua script for many concurrent callers in as few HTTP requests as
 * possible: calls made while requests are in flight, or within MIN_GAP_MS of the
 * last one, leave together as one `/pipeline` of EVALSHAs. Each EVALSHA is still
 * atomic on its own; only the HTTP round trips (about a millisecond of CPU each,
 * app and endpoint together) are shared. An idle store sends at once, so there is
 * no added latency when it is quiet; under load a call waits at most MIN_GAP_MS.
 */
export function scriptBatcher(redis: Redis, script: string) {
  let sha: string | undefined;
  let queue: Call[] = [];
  let inFlight = 0;
  let lastSent = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function send(batch: Call[]) {
    sha ??= await redis.scriptLoad(script);
    const pipeline = redis.pipeline();
    for (const call of batch) pipeline.evalsha(sha, call.keys, call.args);
    return pipeline.exec<unknown[]>({ keepErrors: true }) as unknown as Promise<{ result: unknown; error?: string }[]>;
  }

  async function flush() {
    if (inFlight >= MAX_IN_FLIGHT || queue.length === 0 || timer) return;
    const wait = lastSent + MIN_GAP_MS - performance.now();
    if (wait > 0) {
      timer = setTimeout(() => {
        timer = undefined;
        void flush();
      }, wait);
      return;
    }
    lastSent = performance.now();
    const batch = queue;
    queue = [];
    inFlight++;
    try {
      let replies = await send(batch);
      // Redis restarted and forgot the script: nothing of this batch ran, so load it and send again.
      if (replies.some((r) => r.error?.includes('NOSCRIPT'))) {
        sha = undefined;
        replies = await send(batch);
      }
      batch.forEach((call, i) => {
        const reply = replies[i];
        if (!reply || reply.error) call.reject(new Error(reply?.error ?? 'no reply'));
        else call.resolve(reply.result);
      });
    } catch (error) {
      for (const call of batch) call.reject(error);
    } finally {
      inFlight--;
      void flush();
    }
  }

  return (keys: string[], args: string[]) =>
    new Promise<unknown>((resolve, reject) => {
      queue.push({ keys, args, resolve, reject });
      void flush();
    });
}
