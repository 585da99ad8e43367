import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { Counter, Gauge, Histogram } from 'prom-client';
import { log } from '@/lib/observability/log';
import { metricGroup } from '@/lib/observability/registry';
import { withRequest } from '@/lib/observability/request-context';
import type { PeriodicJob } from './jobs';

/** The queues of the workers running in this process: their depth is read at scrape time. */
const queues = new Map<PgBoss, string[]>();

export function countQueues(boss: PgBoss, names: string[]) {
  queues.set(boss, names);
  return () => queues.delete(boss);
}

export const workerMetrics = metricGroup('worker', (registers) => ({
  runs: new Counter({
    name: 'worker_job_runs_total',
    help: 'Job runs, by job and outcome (ok or failed)',
    labelNames: ['job', 'outcome'] as const,
    registers,
  }),
  seconds: new Histogram({
    name: 'worker_job_duration_seconds',
    help: 'Time one job run took',
    labelNames: ['job'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  }),
  lastSuccess: new Gauge({
    name: 'worker_job_last_success_timestamp_seconds',
    help: 'When each job last finished without error (Unix time)',
    labelNames: ['job'] as const,
    registers,
  }),
  queueDepth: new Gauge({
    name: 'worker_queue_depth',
    help: 'Jobs waiting in each pg-boss queue',
    labelNames: ['queue'] as const,
    registers,
    async collect() {
      for (const [boss, names] of queues) {
        for (const name of names) this.set({ queue: name }, await boss.getQueueSize(name).catch(() => 0));
      }
    },
  }),
}));

/**
 * Runs a job once and records it: its run, failure, duration and last success. Each run gets a
 * request id of its own, so its log lines and the outbox events it writes can be followed.
 */
export function runMeasured(job: PeriodicJob) {
  return withRequest({ requestId: `job-${randomUUID()}` }, () => measured(job));
}

async function measured(job: PeriodicJob) {
  const stop = workerMetrics.seconds.startTimer({ job: job.name });
  try {
    const result = await job.run();
    if (Object.values(result).some((n) => n > 0)) log.info({ job: job.name, ...result }, 'job done');
    workerMetrics.runs.inc({ job: job.name, outcome: 'ok' });
    workerMetrics.lastSuccess.set({ job: job.name }, Date.now() / 1000);
    return result;
  } catch (err) {
    workerMetrics.runs.inc({ job: job.name, outcome: 'failed' });
    throw err;
  } finally {
    stop();
  }
}
