import PgBoss from 'pg-boss';
import { log } from '@/lib/observability/log';
import { jobs as defaultJobs, type PeriodicJob } from './jobs';
import { countQueues, runMeasured } from './metrics';

/**
 * Runs the periodic jobs on pg-boss. 'stately' queues keep at most one job
 * queued and one running per name, so any number of worker replicas can tick
 * without piling up duplicate sweeps.
 */
export async function startWorker(options: { databaseUrl: string; jobs?: PeriodicJob[] }) {
  const jobs = options.jobs ?? defaultJobs;
  const boss = new PgBoss({ connectionString: options.databaseUrl, max: 4, application_name: 'meu-pedaco-worker' });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();

  const tickers: NodeJS.Timeout[] = [];
  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, policy: 'stately', retryLimit: 2, expireInSeconds: 60 });
    await boss.work(job.name, { pollingIntervalSeconds: 1 }, async () => {
      await runMeasured(job);
    });
    // pg-boss cron ticks once a minute at best; holds need seconds, so every worker ticks and the queue dedupes.
    const send = () =>
      boss.send(job.name, {}).catch((err: unknown) => log.warn({ err, job: job.name }, 'could not queue job'));
    void send();
    tickers.push(setInterval(send, job.everySeconds * 1000));
  }
  const uncount = countQueues(
    boss,
    jobs.map((j) => j.name),
  );
  log.info({ jobs: jobs.map((j) => j.name) }, 'worker started');

  return {
    boss,
    /**
     * Stops queueing and fetching jobs at once; the jobs already running get up to `graceMs` to
     * finish (pg-boss fails the ones still running then, and they are retried by the next worker).
     */
    async stop(graceMs = 10_000) {
      for (const t of tickers) clearInterval(t);
      uncount();
      await boss.stop({ graceful: true, wait: true, timeout: graceMs });
    },
  };
}
