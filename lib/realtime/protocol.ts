/**
 * What the realtime sidecar and browsers say to each other: imported by realtime/ and by
 * client components, so it holds only types and zod schemas (nothing server-side).
 */
import { z } from 'zod';
import type { DomainEvent } from '@/lib/outbox/events';

/**
 * Where a subscriber stands in the outbox: the Postgres snapshot (`pg_snapshot` text) after the
 * last batch it received. Outbox ids are handed out at insert, not at commit, so "ids above
 * the last one seen" can skip a row that committed late; "transactions this snapshot did not
 * see yet" cannot. Opaque to the browser: it stores the latest one and sends it back.
 */
export const cursorSchema = z
  .string()
  .max(8_000)
  .regex(/^\d+:\d+:(\d+(,\d+)*)?$/, 'cursor inválido');
export type Cursor = z.infer<typeof cursorSchema>;

const uuid = z.uuid();

export const subscribeRequestSchema = z.discriminatedUnion('room', [
  /** The kitchen board: every event of the tenant. `token` from mintKdsToken (lib/realtime/kds-token.ts). */
  z.object({
    room: z.literal('kds'),
    tenantId: uuid,
    token: z.string().min(1).max(2_000),
    cursor: cursorSchema.optional(),
  }),
  /** A storefront: slice counts changed. Public. */
  z.object({ room: z.literal('menu'), tenantId: uuid, cursor: cursorSchema.optional() }),
  /** A customer's order page. `token` is orderAccessToken(orderId) from the order link. */
  z.object({
    room: z.literal('order'),
    orderId: uuid,
    token: z.string().min(1).max(200),
    cursor: cursorSchema.optional(),
  }),
]);
export type SubscribeRequest = z.infer<typeof subscribeRequestSchema>;
export type RoomKind = SubscribeRequest['room'];
/** A subscribe request without its cursor: what a page knows about the room it wants. */
export type RoomRequest = SubscribeRequest extends infer R ? (R extends unknown ? Omit<R, 'cursor'> : never) : never;

export type SubscribeResult =
  | {
      ok: true;
      room: string;
      /** Store it; send it back on the next subscribe to get what was missed meanwhile. */
      cursor: Cursor;
      /** Events sent (in an `events` batch before this answer) because the given cursor was behind. */
      replayed: number;
      /** Too much was missed, or the cursor was unusable: refetch everything. */
      resync: boolean;
    }
  | { ok: false; error: 'invalid_request' | 'unauthorized' | 'unavailable'; message: string };

/** One outbox row as subscribers see it. */
export type RealtimeEvent = DomainEvent & { id: number; tenantId: string; at: string };

export type EventBatch = {
  room: string;
  events: RealtimeEvent[];
  /** The subscriber's new position once it has these events. */
  cursor: Cursor;
};

export interface ServerToClientEvents {
  /** Events in commit order (per transaction), one batch per room per outbox read. */
  events: (batch: EventBatch) => void;
  /** The credentials this room was joined with lapsed and the socket left it: join again with fresh ones and the cursor. */
  rejoin: (room: string) => void;
}

export interface ClientToServerEvents {
  subscribe: (request: unknown, ack: (result: SubscribeResult) => void) => void;
  unsubscribe: (room: unknown) => void;
}
