import { collectDefaultMetrics, Registry } from 'prom-client';
import { env } from '@/lib/env.js';

/**
 * One registry per process. Next compiles route handlers, server actions and instrumentation into
 * separate module graphs, each with its own copy of every module: a registry held in a module
 * variable would split in three and the scrape would see one third. So the registry and every
 * metric group live on `globalThis`, created once by whichever graph asks first.
 */
type Store = { registry: Registry; groups: Map<string, unknown>; enabled: boolean };

const globalForMetrics = globalThis as unknown as { meuPedacoMetricStore?: Store };

function store(): Store {
  if (!globalForMetrics.meuPedacoMetricStore) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    globalForMetrics.meuPedacoMetricStore = { registry, groups: new Map(), enabled: env.METRICS_ENABLED !== false };
  }
  return globalForMetrics.meuPedacoMetricStore;
}

export const registry = (): Registry => store().registry;

/** Turns recording on or off for the whole process (METRICS_ENABLED; bench:reserve flips it to weigh the cost). */
export function setMetricsEnabled(enabled: boolean) {
  store().enabled = enabled;
}

// What every metric turns into while recording is off: each call does nothing.
const noop: Record<string, unknown> = {
  inc() {},
  dec() {},
  set() {},
  observe() {},
  startTimer: () => () => 0,
  labels: () => noop,
};

/**
 * A named group of metrics, made once per process (module reloads must not register a name twice).
 * Each member reads the on/off switch when used, so the switch works at run time.
 */
export function metricGroup<T extends object>(name: string, make: (registers: Registry[]) => T): T {
  const s = store();
  if (!s.groups.has(name)) {
    const real = make([s.registry]);
    const view = {} as T;
    for (const key of Object.keys(real) as (keyof T)[]) {
      Object.defineProperty(view, key, { get: () => (s.enabled ? real[key] : noop), enumerable: true });
    }
    s.groups.set(name, view);
  }
  return s.groups.get(name) as T;
}
