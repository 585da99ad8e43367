'use client';

import { useEffect, useRef, useState } from 'react';
import { connectRealtime, type ConnectionState, type RealtimeClient } from '@/lib/realtime/client';
import type { Cursor, RealtimeEvent, RoomRequest } from '@/lib/realtime/protocol';

// One connection per sidecar URL for the whole page, however many rooms it follows.
const clients = new Map<string, RealtimeClient>();
function clientFor(url: string) {
  let client = clients.get(url);
  if (!client) {
    client = connectRealtime(url);
    clients.set(url, client);
  }
  return client;
}

type Options = {
  /** REALTIME_PUBLIC_URL, passed down from a server component. */
  url: string;
  /** The room's name (`roomName` in lib/realtime/room-name.ts). */
  room: string;
  /** The page's `outboxPosition()` at render: the first join replays what committed since, instead of a refetch. */
  since?: Cursor;
  /** Called at every (re)join; may fetch a fresh token. */
  request: () => RoomRequest | Promise<RoomRequest>;
  onEvents: (events: RealtimeEvent[]) => void;
  /** The connection came back after a drop, or the sidecar could not replay: refetch everything. */
  onResync: () => void;
};

/**
 * Follows one sidecar room while the component is mounted. The socket only says what changed;
 * the page's react-query cache holds the state (see the callers). Returns the connection state
 * for a "reconectando…" banner.
 */
export function useRealtimeRoom({ url, room, since, request, onEvents, onResync }: Options): ConnectionState {
  const handlers = useRef({ request, onEvents, onResync });
  const renderedAt = useRef(since);
  handlers.current = { request, onEvents, onResync };
  const [state, setState] = useState<ConnectionState>('connecting');

  useEffect(() => {
    const client = clientFor(url);
    let wasOffline = false;
    setState(client.state);
    const stopState = client.onState((next) => {
      setState(next);
      if (next === 'offline') wasOffline = true;
      if (next === 'live' && wasOffline) {
        wasOffline = false;
        handlers.current.onResync();
      }
    });
    const unsubscribe = client.subscribe({
      room,
      cursor: renderedAt.current,
      request: () => handlers.current.request(),
      onEvents: (events) => handlers.current.onEvents(events),
      onResync: () => handlers.current.onResync(),
    });
    return () => {
      unsubscribe();
      stopState();
    };
  }, [url, room]);

  return state;
}
