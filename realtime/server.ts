import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type postgres from 'postgres';
import type { Logger } from 'pino';
import { Server, type Socket } from 'socket.io';
import {
  subscribeRequestSchema,
  type ClientToServerEvents,
  type Cursor,
  type ServerToClientEvents,
  type SubscribeRequest,
  type SubscribeResult,
} from '@/lib/realtime/protocol';
import { admit } from './authorize';
import { createOutboxTail, OUTBOX_COLUMNS, toRealtimeEvent, type OutboxRow, type OutboxTail } from './outbox-tail';
import { countRooms, realtimeMetrics } from './metrics';
import { byRoom, replayFilter, roomOf } from './rooms';

/** Past this many missed events a subscriber refetches instead of replaying. */
const MAX_REPLAY = 500;
/** Rooms one connection may hold: a page needs one or two. */
const MAX_ROOMS_PER_SOCKET = 8;
/** Health turns red when the outbox has not been read for this long. */
const STALE_AFTER_MS = 15_000;

export type RealtimeOptions = {
  sql: postgres.Sql;
  port: number;
  host?: string;
  listen: boolean;
  pollMs: number;
  /** The app's origin, allowed by CORS for the polling transport. */
  corsOrigin: string;
  log: Logger;
};

type IoServer = Server<ClientToServerEvents, ServerToClientEvents>;
type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

/** The Socket.IO sidecar: tails the outbox and broadcasts each event to the rooms it concerns. */
export async function startRealtimeServer(options: RealtimeOptions) {
  const { sql, log } = options;
  const http = createServer((req, res) => health(req, res));
  const io: IoServer = new Server(http, {
    serveClient: false,
    cors: { origin: options.corsOrigin },
    // Notice a dropped tablet within ~15 s, so its "reconectando…" banner is honest.
    pingInterval: 10_000,
    pingTimeout: 5_000,
  });
  const uncount = countRooms(() => io.of('/').adapter.rooms);

  let draining = false;
  const tail = createOutboxTail({
    sql,
    listen: options.listen,
    pollMs: options.pollMs,
    log,
    onBatch(events, cursor) {
      for (const [room, list] of byRoom(events)) io.to(room).emit('events', { room, events: list, cursor });
      const now = Date.now();
      for (const e of events) realtimeMetrics.emitLag.observe((now - Date.parse(e.at)) / 1000);
      log.debug({ events: events.length }, 'outbox batch broadcast');
    },
  });

  function health(req: IncomingMessage, res: ServerResponse) {
    if (req.url !== '/health') {
      res.writeHead(404).end();
      return;
    }
    const status = tail.status();
    // Red while draining too, so a load balancer stops sending new connections here first.
    const ok = !draining && Date.now() - status.lastReadAt < Math.max(STALE_AFTER_MS, options.pollMs * 3);
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(
      JSON.stringify({
        ok,
        sockets: io.engine.clientsCount,
        lastReadAt: new Date(status.lastReadAt).toISOString(),
        listening: status.listening,
        reads: status.reads,
        draining,
      }),
    );
  }

  // A KDS token lasts minutes and a kitchen tablet stays connected for hours: when the token
  // lapses the socket leaves the room and is asked to rejoin, and only a current member can mint
  // the new token. Without this a removed member would keep receiving orders until a reconnect.
  const lapses = new Map<IoSocket, Map<string, NodeJS.Timeout>>();
  function lapseAt(socket: IoSocket, room: string, until: number | null) {
    const timers = lapses.get(socket) ?? new Map<string, NodeJS.Timeout>();
    lapses.set(socket, timers);
    clearTimeout(timers.get(room));
    timers.delete(room);
    if (until === null) return;
    const timer = setTimeout(
      () => {
        timers.delete(room);
        void socket.leave(room);
        socket.emit('rejoin', room);
      },
      Math.max(0, until - Date.now()),
    );
    timers.set(room, timer);
  }

  io.on('connection', (socket) => {
    socket.on('subscribe', async (raw, ack) => {
      if (typeof ack !== 'function') return;
      ack(await subscribe(socket, raw));
    });
    socket.on('unsubscribe', (room) => {
      if (typeof room !== 'string') return;
      lapseAt(socket, room, null);
      void socket.leave(room);
    });
    socket.on('disconnect', () => {
      for (const timer of lapses.get(socket)?.values() ?? []) clearTimeout(timer);
      lapses.delete(socket);
    });
  });

  async function subscribe(socket: IoSocket, raw: unknown): Promise<SubscribeResult> {
    // The socket is about to be told to reconnect: it joins on the node it lands on next.
    if (draining) return { ok: false, error: 'unavailable', message: 'tente novamente' };
    const parsed = subscribeRequestSchema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: 'invalid_request', message: parsed.error.issues.map((i) => i.message).join('; ') };
    }
    const request = parsed.data;
    if (socket.rooms.size > MAX_ROOMS_PER_SOCKET) {
      return { ok: false, error: 'invalid_request', message: 'too many rooms on one connection' };
    }
    const admission = await admit(request);
    if (!admission) {
      log.info({ room: request.room, socket: socket.id }, 'realtime subscription refused');
      return { ok: false, error: 'unauthorized', message: 'token inválido ou expirado' };
    }
    const room = roomOf(request);
    try {
      // Between two reads: no batch goes out while the replay is read and the socket joins,
      // so it gets every event exactly once, replayed or live.
      return await tail.exclusive(async (position) => {
        const { replayed, resync } = request.cursor
          ? await replay(socket, request, room, request.cursor, position)
          : { replayed: 0, resync: false };
        if (request.cursor) {
          realtimeMetrics.replays.inc({ outcome: resync ? 'resync' : 'replayed' });
          realtimeMetrics.replayedEvents.inc(replayed);
        }
        await socket.join(room);
        lapseAt(socket, room, admission.until);
        return { ok: true as const, room, cursor: position, replayed, resync };
      });
    } catch (err) {
      log.error({ err }, 'realtime subscription failed');
      return { ok: false, error: 'unavailable', message: 'tente novamente' };
    }
  }

  /** Sends the room's events committed after `from` and up to what this node has broadcast. */
  async function replay(socket: IoSocket, request: SubscribeRequest, room: string, from: Cursor, upTo: Cursor) {
    let rows: OutboxRow[];
    try {
      rows = await sql<OutboxRow[]>`
        SELECT ${sql.unsafe(OUTBOX_COLUMNS)}
        FROM outbox_events e
        WHERE ${replayFilter(sql, request)}
          AND e.tx_id >= pg_snapshot_xmin(${from}::pg_snapshot)
          AND NOT pg_visible_in_snapshot(e.tx_id, ${from}::pg_snapshot)
          AND pg_visible_in_snapshot(e.tx_id, ${upTo}::pg_snapshot)
        ORDER BY e.tx_id, e.id
        LIMIT ${MAX_REPLAY + 1}`;
    } catch (err) {
      // A cursor Postgres will not take (xmin above xmax, …): the client refetches instead.
      log.warn({ err, room }, 'realtime replay failed; asking for a resync');
      return { replayed: 0, resync: true };
    }
    if (rows.length > MAX_REPLAY) return { replayed: 0, resync: true };
    if (rows.length > 0) socket.emit('events', { room, events: rows.map(toRealtimeEvent), cursor: upTo });
    return { replayed: rows.length, resync: false };
  }

  await tail.start();
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  log.info({ port, listen: options.listen, pollMs: options.pollMs }, 'realtime listening');

  let closing: Promise<void> | undefined;
  return {
    port,
    io,
    tail: tail as OutboxTail,
    /**
     * Graceful stop: health turns red and new subscriptions are refused; the read and broadcast in
     * flight finish, and so do the subscriptions already replaying; then every socket is dropped
     * at the transport (not with a server disconnect, after which Socket.IO clients stay away),
     * so clients reconnect — through the gateway, to another node — and rejoin from their cursor.
     */
    close() {
      closing ??= (async () => {
        draining = true;
        await tail.stop();
        await tail.exclusive(async () => {});
        await new Promise<void>((resolve) => io.close(() => resolve()));
        uncount();
        log.info('realtime stopped');
      })();
      return closing;
    },
  };
}

export type RealtimeServer = Awaited<ReturnType<typeof startRealtimeServer>>;
