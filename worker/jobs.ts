import { expireHolds, wasteStaleBatches } from '@/lib/inventory';

export type PeriodicJob = {
  name: string;
  /** How often it runs: sub-minute jobs are sent by a ticker, the rest by pg-boss cron. */
  every: { seconds: number } | { cron: string };
  run: () => Promise<Record<string, number>>;
};

export const jobs: PeriodicJob[] = [
  // Holds last minutes; a lapsed one should show as stock again within seconds.
  { name: 'holds.expire', every: { seconds: 5 }, run: () => expireHolds() },
  { name: 'batches.waste', every: { cron: '* * * * *' }, run: () => wasteStaleBatches() },
];
