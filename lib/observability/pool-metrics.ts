import { Gauge } from 'prom-client';
import { queriesInFlight } from '@/db/in-flight';
import { env } from '@/lib/env.js';
import { metricGroup } from './registry';

/** The Postgres pool of this process at scrape time: connections busy, and work waiting for one. */
export function registerPoolGauges() {
  const max = env.DATABASE_POOL_MAX;
  return metricGroup('pool', (registers) => ({
    inUse: new Gauge({
      name: 'db_pool_in_use',
      help: 'Pool connections running a query or a transaction',
      registers,
      collect() {
        this.set(Math.min(queriesInFlight(), max));
      },
    }),
    waiting: new Gauge({
      name: 'db_pool_waiting',
      help: 'Queries and transactions waiting for a free pool connection',
      registers,
      collect() {
        this.set(Math.max(0, queriesInFlight() - max));
      },
    }),
    size: new Gauge({
      name: 'db_pool_max',
      help: 'Pool size (DATABASE_POOL_MAX)',
      registers,
      collect() {
        this.set(max);
      },
    }),
  }));
}
