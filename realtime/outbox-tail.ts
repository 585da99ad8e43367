import type postgres from 'postgres';
import type { Logger } from 'pino';
import { outboxPosition } from '@/lib/realtime/outbox-position';
import type { Cursor, RealtimeEvent } from '@/lib/realtime/protocol';
import { realtimeMetrics } from './metrics';

export type OutboxRow = {
  id: string | number;
  tenant_id: string;
  type: string;
  aggregate_id: string | null;
  payload: unknown;
  /** ISO 8601, formatted by Postgres: the app's client keeps timestamps as strings. */
  at: string;
  /** The request that wrote it; logged here, never sent to browsers. */
  request_id?: string | null;
};

/** The columns both the tail and a replay select, as `OutboxRow`. */
export const OUTBOX_COLUMNS = `e.id, e.tenant_id, e.type, e.aggregate_id, e.payload, e.request_id,
  to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at`;

export function toRealtimeEvent(row: OutboxRow): RealtimeEvent {
  return {
    id: Number(row.id),
    tenantId: row.tenant_id,
    type: row.type,
    aggregateId: row.aggregate_id,
    payload: row.payload,
    at: row.at,
  } as RealtimeEvent;
}

type Options = {
  sql: postgres.Sql;
  /** LISTEN for the outbox trigger's NOTIFY; off where it cannot cross connections (PGlite). */
  listen: boolean;
  pollMs: number;
  log: Logger;
  /** Called with every newly committed event, in (transaction, id) order, and the position after them. */
  onBatch: (events: RealtimeEvent[], cursor: Cursor) => void;
};

/**
 * Follows `outbox_events` without gaps. The position is a Postgres snapshot: each read returns
 * the rows whose transaction the previous snapshot did not see as committed, and the read's own
 * snapshot becomes the next position. A transaction that took its ids early and commits late is
 * picked up by the first read that sees it, and a long transaction elsewhere delays nobody.
 */
export function createOutboxTail({ sql, listen, pollMs, log, onBatch }: Options) {
  let position: Cursor | null = null;
  let running = false;
  let lastReadAt = 0;
  /** Outbox reads so far: what each node costs the database per event (bench:realtime prints it). */
  let reads = 0;
  let turn: Promise<unknown> = Promise.resolve();
  let wakeRequested = false;
  let wakeUp: (() => void) | null = null;
  let loopDone: Promise<void> | null = null;
  let unlisten: (() => Promise<void>) | null = null;

  /** Runs `fn` between reads: nothing is broadcast while it runs, and it sees the current position. */
  function exclusive<T>(fn: (position: Cursor) => Promise<T>): Promise<T> {
    const run = turn.then(() => fn(position!));
    turn = run.catch(() => {});
    return run;
  }

  async function read() {
    const rows = await sql<(Partial<OutboxRow> & { snapshot: string })[]>`
      WITH s AS (SELECT pg_current_snapshot() AS snap)
      SELECT s.snap::text AS snapshot, ${sql.unsafe(OUTBOX_COLUMNS)}
      FROM s LEFT JOIN outbox_events e
        ON e.tx_id >= pg_snapshot_xmin(${position}::pg_snapshot)
        AND NOT pg_visible_in_snapshot(e.tx_id, ${position}::pg_snapshot)
      ORDER BY e.tx_id, e.id`;
    const read = rows.filter((r) => r.id != null) as OutboxRow[];
    const events = read.map(toRealtimeEvent);
    position = rows[0]!.snapshot;
    lastReadAt = Date.now();
    reads++;
    realtimeMetrics.lastRead.set(lastReadAt / 1000);
    realtimeMetrics.outboxLag.set(events.length > 0 ? (lastReadAt - Date.parse(events[0]!.at)) / 1000 : 0);
    if (events.length > 0) {
      // The requests behind this batch, so a request can be followed from the web's logs to here.
      const requestIds = [...new Set(read.map((r) => r.request_id).filter(Boolean))];
      log.info({ events: events.length, requestIds }, 'outbox batch read');
      onBatch(events, position);
    }
  }

  function wake() {
    wakeRequested = true;
    wakeUp?.();
  }

  async function loop() {
    let failures = 0;
    while (running) {
      wakeRequested = false;
      try {
        await exclusive(read);
        failures = 0;
      } catch (err) {
        failures++;
        log.error({ err, failures }, 'outbox read failed');
      }
      if (!running || (wakeRequested && failures === 0)) continue;
      // After a failure, back off up to 5 s instead of hammering a database that is down.
      const wait = failures === 0 ? pollMs : Math.min(pollMs * 2 ** failures, 5_000);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = null;
    }
  }

  return {
    exclusive,
    async start() {
      // Start from now: a subscriber that missed older events asks for them with its cursor.
      position = await outboxPosition(sql);
      lastReadAt = Date.now();
      running = true;
      if (listen) {
        // On every (re)connection of the listening session: a NOTIFY may have been missed, so read.
        const sub = await sql.listen('outbox_events', wake, wake);
        unlisten = sub.unlisten;
      }
      loopDone = loop();
    },
    async stop() {
      running = false;
      wakeUp?.();
      await loopDone;
      await unlisten?.().catch(() => {});
    },
    status() {
      return { position, lastReadAt, listening: listen, reads };
    },
  };
}

export type OutboxTail = ReturnType<typeof createOutboxTail>;
