import type postgres from 'postgres';
import type { RealtimeEvent, SubscribeRequest } from '@/lib/realtime/protocol';
import { roomName } from '@/lib/realtime/room-name';

/** The rooms an event goes to. `replayFilter` below must select the same events per room. */
export function roomsOf(event: RealtimeEvent): string[] {
  const rooms = [roomName.kds(event.tenantId)];
  if (event.type === 'inventory.changed') rooms.push(roomName.menu(event.tenantId));
  if (event.type.startsWith('order.') && event.aggregateId) rooms.push(roomName.order(event.aggregateId));
  return rooms;
}

export function roomOf(request: SubscribeRequest): string {
  return request.room === 'order' ? roomName.order(request.orderId) : roomName[request.room](request.tenantId);
}

/** SQL condition on `outbox_events e` for the events `roomsOf` sends to the request's room. */
export function replayFilter(sql: postgres.Sql, request: SubscribeRequest) {
  switch (request.room) {
    case 'kds':
      return sql`e.tenant_id = ${request.tenantId}`;
    case 'menu':
      return sql`e.tenant_id = ${request.tenantId} AND e.type = 'inventory.changed'`;
    case 'order':
      return sql`e.aggregate_id = ${request.orderId} AND e.type LIKE 'order.%'`;
  }
}

/** Groups a batch by room, keeping each room's events in order. */
export function byRoom(events: RealtimeEvent[]) {
  const rooms = new Map<string, RealtimeEvent[]>();
  for (const event of events) {
    for (const room of roomsOf(event)) {
      const list = rooms.get(room);
      if (list) list.push(event);
      else rooms.set(room, [event]);
    }
  }
  return rooms;
}
