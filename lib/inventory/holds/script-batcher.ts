import type { Redis } from '@upstash/redis';

type Call = { keys: string[]; args: string[]; resolve(reply: unknown): void; reject(error: unknown): void };

/** Requests to Redis in flight at once; further calls queue and leave together in one pipeline. */
const MAX_IN_FLIGHT = 2;

/**
 * Runs one Lua script for many concurrent callers in as few HTTP requests as
 * possible: calls made while requests are in flight leave together as one
 * `/pipeline` of EVALSHAs. Each EVALSHA is still atomic on its own; only the
 * HTTP round trips (about a millisecond of CPU each in Node) are shared. An
 * idle store sends at once, so there is no added latency when it is quiet.
 */
export function scriptBatcher(redis: Redis, script: string) {
  let sha: string | undefined;
  let queue: Call[] = [];
  let inFlight = 0;

  async function send(batch: Call[]) {
    sha ??= await redis.scriptLoad(script);
    const pipeline = redis.pipeline();
    for (const call of batch) pipeline.evalsha(sha, call.keys, call.args);
    return pipeline.exec<unknown[]>({ keepErrors: true }) as unknown as Promise<{ result: unknown; error?: string }[]>;
  }

  async function flush() {
    if (inFlight >= MAX_IN_FLIGHT || queue.length === 0) return;
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
