import { expireHolds, wasteStaleBatches } from '@/lib/inventory';
import { cancelLapsedPayments } from '@/lib/payments/cancel-lapsed';

export type PeriodicJob = {
  name: string;
  everySeconds: number;
  run: () => Promise<Record<string, number>>;
};

export const jobs: PeriodicJob[] = [
  // Holds last minutes; a lapsed one should show as stock again within seconds.
  { name: 'holds.expire', everySeconds: 5, run: () => expireHolds() },
  { name: 'batches.waste', everySeconds: 60, run: () => wasteStaleBatches() },
  // A PIX must live 30 minutes at Mercado Pago; once its hold is gone nobody should pay it.
  { name: 'payments.cancel-lapsed', everySeconds: 15, run: () => cancelLapsedPayments() },
];
