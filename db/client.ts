import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '@/lib/env.js';
import { countInFlight } from './in-flight';
import { preparedByDefault } from './prepared';
import * as schema from './schema';

function connect() {
  const sql = countInFlight(
    preparedByDefault(
      postgres(env.DATABASE_URL, {
        max: env.DATABASE_POOL_MAX,
        onnotice: () => {},
        connection: { application_name: 'meu-pedaco' },
      }),
    ),
  );
  return { sql, db: drizzle(sql, { schema }) };
}

// One pool per process; in development Next reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { meuPedacoDb?: ReturnType<typeof connect> };
const conn = globalForDb.meuPedacoDb ?? connect();
if (env.NODE_ENV !== 'production') globalForDb.meuPedacoDb = conn;

export const db = conn.db;
export const sql = conn.sql;
export type Db = typeof db;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that can run a query: the pool or an open transaction. */
export type Executor = Db | Tx;
