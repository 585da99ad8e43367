import { Counter, Gauge, Histogram } from 'prom-client';
import { metricGroup } from '@/lib/observability/registry';

/** Room kinds, the only room label: `tenant:{id}:kds`, `tenant:{id}:menu`, `order:{id}`. */
export function roomKind(room: string): 'kds' | 'menu' | 'order' | null {
  if (room.startsWith('order:')) return 'order';
  if (room.startsWith('tenant:') && room.endsWith(':kds')) return 'kds';
  if (room.startsWith('tenant:') && room.endsWith(':menu')) return 'menu';
  return null;
}

/** The sidecars of this process (tests run several): the socket gauge sums their rooms at scrape time. */
const live = new Set<() => Map<string, Set<string>>>();

export function countRooms(rooms: () => Map<string, Set<string>>) {
  live.add(rooms);
  return () => live.delete(rooms);
}

export const realtimeMetrics = metricGroup('realtime', (registers) => ({
  sockets: new Gauge({
    name: 'realtime_connected_sockets',
    help: 'Sockets in a room, by room kind',
    labelNames: ['room_kind'] as const,
    registers,
    collect() {
      const counts = { kds: 0, menu: 0, order: 0 };
      for (const rooms of live) {
        for (const [room, members] of rooms()) {
          const kind = roomKind(room);
          if (kind) counts[kind] += members.size;
        }
      }
      for (const [kind, n] of Object.entries(counts)) this.set({ room_kind: kind }, n);
    },
  }),
  emitLag: new Histogram({
    name: 'realtime_emit_lag_seconds',
    help: "From an event's write (its transaction's start) to its broadcast",
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  }),
  outboxLag: new Gauge({
    name: 'realtime_outbox_lag_seconds',
    help: 'Age of the oldest event in the latest outbox read (0 when a read found nothing new)',
    registers,
  }),
  lastRead: new Gauge({
    name: 'realtime_outbox_last_read_timestamp_seconds',
    help: 'When this node last read the outbox successfully (Unix time)',
    registers,
  }),
  replays: new Counter({
    name: 'realtime_replays_total',
    help: 'Subscriptions that asked for missed events, by outcome (replayed, or resync: refetch instead)',
    labelNames: ['outcome'] as const,
    registers,
  }),
  replayedEvents: new Counter({
    name: 'realtime_replayed_events_total',
    help: 'Events sent by replays',
    registers,
  }),
}));
