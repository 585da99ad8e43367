import { expireHolds, wasteStaleBatches } from '@/lib/inventory';

export type PeriodicJob = {
  name: string;
  everySeconds: number;
  run: () => Promise<Record<string, number>>;
};

export const jobs: PeriodicJob[] = [
  // Holds last minutes; a lapsed one should show as stock again within seconds.
  { name: 'holds.expire', everySeconds: 5, run: () => expireHolds() },
  { name: 'batches.waste', everySeconds: 60, run: () => wasteStaleBatches() },
];
