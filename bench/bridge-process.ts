import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * The REST bridge in a process of its own, as Upstash is outside the app in
 * production: in the benchmark's process it would steal the event loop the
 * engine is being measured on.
 */
export async function spawnBridge(redisUrl: string, token: string) {
  const child = spawn('node_modules/.bin/tsx', ['infra/redis-rest/cli.ts'], {
    env: { ...process.env, REDIS_URL: redisUrl, UPSTASH_REDIS_REST_TOKEN: token, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`bridge exited (${code})`))),
  );
  const ready = (async () => {
    for await (const line of createInterface({ input: child.stdout! })) {
      const url = (JSON.parse(line) as { url?: string }).url;
      if (url) return url;
    }
    throw new Error('bridge closed its output before it was ready');
  })();
  const url = await Promise.race([ready, exited]);
  exited.catch(() => {});
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
