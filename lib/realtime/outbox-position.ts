import type postgres from 'postgres';
import type { Cursor } from './protocol';

/**
 * "Now" as an outbox position (a Postgres snapshot, see `Cursor`). A server-rendered page takes
 * it before it reads its data and joins its live room with it: the sidecar then replays only
 * what committed after, so a page that nothing changed under needs no refetch. The sidecar
 * passes its own connection; pages use the app's.
 */
export async function outboxPosition(sql?: postgres.Sql): Promise<Cursor> {
  const run = sql ?? (await import('@/db/client')).sql;
  const [row] = await run<{ snapshot: string }[]>`SELECT pg_current_snapshot()::text AS snapshot`;
  return row!.snapshot;
}
