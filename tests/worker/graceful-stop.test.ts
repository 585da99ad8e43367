import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { env } from '@/lib/env.js';
import { startWorker } from '@/worker/start';
import { waitFor } from '../realtime/helpers';

describe('worker graceful stop', () => {
  it('lets the running job finish, then takes no new one', async () => {
    let runs = 0;
    let finished = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const worker = await startWorker({
      databaseUrl: env.DATABASE_URL,
      jobs: [
        {
          name: `test.slow-${randomUUID()}`,
          everySeconds: 1,
          run: async () => {
            runs++;
            await gate;
            finished++;
            return {};
          },
        },
      ],
    });
    await waitFor(() => runs === 1, 15_000, 'the job to start');

    let finishedWhenStopped: number | undefined;
    const stopping = worker.stop(10_000).then(() => (finishedWhenStopped = finished));
    // A stop that did not wait would be done well within this; a graceful one waits for `release`.
    await Promise.race([stopping, new Promise((r) => setTimeout(r, 1_500))]);
    expect(finishedWhenStopped).toBeUndefined();
    release();
    await stopping;
    expect(finishedWhenStopped).toBe(1);
    expect(runs).toBe(1);
  });
});
