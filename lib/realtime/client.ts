/**
 * The browser side of the sidecar (also used by tests and the benchmark): one connection,
 * any number of room subscriptions, each re-joined with its cursor after every reconnect so
 * nothing sent while offline is lost. Duplicates (a replay overlapping a live batch, a node
 * behind another) are dropped by event id.
 */
import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  Cursor,
  RealtimeEvent,
  ServerToClientEvents,
  RoomRequest,
  SubscribeResult,
} from './protocol';
import { roomName } from './room-name';

export type ConnectionState = 'connecting' | 'live' | 'offline';

export type Subscription = {
  /** Called at every (re)join: a KDS token is short-lived, so it is minted fresh each time. */
  request: () => RoomRequest | Promise<RoomRequest>;
  onEvents: (events: RealtimeEvent[]) => void;
  /** After a rejoin that could not replay (or the first join after being offline too long): refetch. */
  onResync?: () => void;
  onError?: (error: Extract<SubscribeResult, { ok: false }>) => void;
};

const SEEN_LIMIT = 1_000;
const ACK_TIMEOUT_MS = 10_000;

type Entry = Subscription & { room: string; cursor?: Cursor; seen: Set<number> };

type ConnectOptions = {
  onState?: (state: ConnectionState) => void;
  /** Node only (tests, benchmarks): the source address, e.g. one of many on the loopback range. */
  localAddress?: string;
};

export function connectRealtime(url: string, options: ConnectOptions = {}) {
  const stateListeners = new Set<(state: ConnectionState) => void>();
  if (options.onState) stateListeners.add(options.onState);
  let state: ConnectionState = 'connecting';
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    transports: ['websocket'],
    // A connection of its own: socket.io-client would otherwise share one per URL, and a page
    // holds only one client per URL anyway (components/realtime/use-realtime-room.ts).
    forceNew: true,
    reconnectionDelay: 300,
    reconnectionDelayMax: 3_000,
    // engine.io-client hands it to the `ws` transport; its types do not list it.
    ...(options.localAddress ? ({ localAddress: options.localAddress } as object) : {}),
  });
  const entries = new Map<string, Entry>();
  const setState = (next: ConnectionState) => {
    state = next;
    for (const listener of stateListeners) listener(next);
  };
  setState('connecting');

  socket.on('events', (batch) => {
    const entry = entries.get(batch.room);
    if (!entry) return;
    entry.cursor = batch.cursor;
    const fresh = batch.events.filter((e) => !entry.seen.has(e.id));
    for (const e of fresh) remember(entry.seen, e.id);
    if (fresh.length > 0) entry.onEvents(fresh);
  });
  socket.on('connect', () => {
    setState('live');
    for (const entry of entries.values()) void join(entry);
  });
  socket.on('rejoin', (room) => {
    const entry = entries.get(room);
    if (entry) void join(entry);
  });
  socket.on('disconnect', () => setState('offline'));
  socket.io.on('reconnect_attempt', () => setState('offline'));

  async function join(entry: Entry) {
    let result: SubscribeResult;
    try {
      const request = await entry.request();
      result = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('subscribe', { ...request, cursor: entry.cursor });
    } catch {
      result = { ok: false, error: 'unavailable', message: 'sem resposta do servidor' };
    }
    if (entries.get(entry.room) !== entry) return; // unsubscribed meanwhile
    if (!result.ok) {
      entry.onError?.(result);
      return;
    }
    // A first join without a cursor starts from "now": whatever committed between the page's
    // render and this moment was never sent, so the page refetches once. A page that passed its
    // render's position gets those events replayed instead.
    const firstJoin = entry.cursor === undefined;
    entry.cursor = result.cursor;
    if (result.resync || firstJoin) entry.onResync?.();
  }

  return {
    socket,
    /** Joins the room (now, and again after every reconnect); returns the unsubscribe function. */
    subscribe(subscription: Subscription & { room: string; cursor?: Cursor }) {
      const entry: Entry = { ...subscription, seen: new Set() };
      entries.set(entry.room, entry);
      if (socket.connected) void join(entry);
      return () => {
        if (entries.get(entry.room) !== entry) return;
        entries.delete(entry.room);
        socket.emit('unsubscribe', entry.room);
      };
    },
    get state() {
      return state;
    },
    /** Follows the connection; returns the function that stops following. */
    onState(listener: (state: ConnectionState) => void) {
      stateListeners.add(listener);
      return () => void stateListeners.delete(listener);
    },
    cursorOf(room: string) {
      return entries.get(room)?.cursor;
    },
    close() {
      entries.clear();
      socket.close();
    },
  };
}

export type RealtimeClient = ReturnType<typeof connectRealtime>;

/** The room name a request joins (same naming as the sidecar). */
export function roomFor(request: RoomRequest): string {
  return request.room === 'order' ? roomName.order(request.orderId) : roomName[request.room](request.tenantId);
}

function remember(seen: Set<number>, id: number) {
  seen.add(id);
  if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value!);
}
