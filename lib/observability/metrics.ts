import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    reservations: new Counter({
      name: 'inventory_reservations_total',
      help: 'Reservation attempts by outcome',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    redisFallbacks: new Counter({
      name: 'inventory_redis_fallback_total',
      help: 'Reservations served by Postgres alone because the hold store was unreachable',
      registers: [registry],
    }),
    reserveSeconds: new Histogram({
      name: 'inventory_reserve_duration_seconds',
      help: 'Time to reserve slices for one order',
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
  };
}

// Module reloads in development must not register the same metric twice.
const globalForMetrics = globalThis as unknown as { meuPedacoMetrics?: ReturnType<typeof createMetrics> };
globalForMetrics.meuPedacoMetrics ??= createMetrics();
export const metrics = globalForMetrics.meuPedacoMetrics;
