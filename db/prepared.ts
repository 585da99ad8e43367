import type postgres from 'postgres';

/**
 * Drizzle runs every query not built with `.prepare(name)` as
 * `unsafe(query, params, { prepare: false })`; postgres.js then sends
 * Parse/Describe, waits for the parameter types, and only then Bind/Execute:
 * two round trips, and Postgres plans the query every time. This asks for
 * named prepared statements instead (in transactions too): one round trip once
 * a connection has seen the statement, plan cached. Measured by
 * `npm run bench:reserve`: reservations/s roughly doubled.
 */
export function preparedByDefault<T extends postgres.Sql>(client: T): T {
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === 'unsafe') {
        return (query: string, params?: never[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, params, { ...options, prepare: true });
      }
      if (key === 'begin') {
        return (...args: unknown[]) => {
          const fn = args.pop() as (tx: postgres.TransactionSql) => unknown;
          return (target.begin as (...a: unknown[]) => unknown)(...args, (tx: postgres.TransactionSql) =>
            fn(preparedByDefault(tx as unknown as postgres.Sql) as unknown as postgres.TransactionSql),
          );
        };
      }
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
