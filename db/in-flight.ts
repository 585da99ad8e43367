import type postgres from 'postgres';

let inFlight = 0;

/** Queries and transactions this process's pool is running or has queued right now. */
export const queriesInFlight = () => inFlight;

/**
 * Counts the pool's work for the pool gauges (lib/observability/pool-metrics.ts): postgres.js keeps
 * its connection queues private. A query counts from the moment it is handed to the pool (its
 * handler runs: building a fragment such as `sql.unsafe(columns)` runs none) until it settles; a
 * transaction holds one connection for its whole callback, and its own queries are not counted again.
 */
export function countInFlight<T extends postgres.Sql>(client: T): T {
  const track = (query: unknown) => {
    const q = query as { handler?: (q: unknown) => unknown };
    if (typeof q?.handler !== 'function') return query;
    const dispatch = q.handler;
    q.handler = (self: unknown) => {
      inFlight++;
      const done = () => {
        inFlight--;
      };
      // Promise's own `then`: the query's would run it again.
      Promise.prototype.then.call(self, done, done);
      return dispatch(self);
    };
    return query;
  };
  return new Proxy(client, {
    apply: (target, self, args) => track(Reflect.apply(target, self, args)),
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      if (key === 'unsafe') return (...args: unknown[]) => track(Reflect.apply(value, target, args));
      if (key === 'begin') {
        return async (...args: unknown[]) => {
          inFlight++;
          try {
            return await Reflect.apply(value, target, args);
          } finally {
            inFlight--;
          }
        };
      }
      return value;
    },
  });
}
