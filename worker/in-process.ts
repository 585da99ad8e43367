import { log } from '@/lib/observability/log';
import { jobs, type PeriodicJob } from './jobs';
import { runMeasured } from './metrics';

/**
 * The embedded default has one database connection and no room for pg-boss:
 * the app process runs the same periodic jobs on timers instead.
 */
export function runJobsInProcess(list: PeriodicJob[] = jobs) {
  const timers = list.map((job) => {
    let running = false;
    return setInterval(async () => {
      if (running) return;
      running = true;
      try {
        await runMeasured(job);
      } catch (err) {
        log.error({ err, job: job.name }, 'in-process job failed');
      } finally {
        running = false;
      }
    }, job.everySeconds * 1000).unref();
  });
  log.info({ jobs: list.map((j) => j.name) }, 'running periodic jobs in process');
  return () => timers.forEach(clearInterval);
}
