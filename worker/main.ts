import { env } from '@/lib/env.js';
import { log } from '@/lib/observability/log';
import { startWorker } from './start';

const worker = await startWorker({ databaseUrl: env.DATABASE_URL });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    log.info({ signal }, 'worker stopping');
    await worker.stop();
    process.exit(0);
  });
}
