'use client';

import { useQueryClient } from '@tanstack/react-query';
import type { Cursor, RealtimeEvent } from '@/lib/realtime/protocol';
import { roomName } from '@/lib/realtime/room-name';
import { useRealtimeRoom } from './use-realtime-room';

/**
 * Keeps the storefront's menu (react-query key `['menu', tenantSlug]`) true: slice counts
 * changed → refetch it. Place inside the storefront's QueryClientProvider; renders nothing.
 */
export function LiveMenu({
  realtimeUrl,
  tenantId,
  tenantSlug,
  since,
}: {
  realtimeUrl: string;
  tenantId: string;
  tenantSlug: string;
  since: Cursor;
}) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['menu', tenantSlug] });
  useRealtimeRoom({
    url: realtimeUrl,
    room: roomName.menu(tenantId),
    since,
    request: () => ({ room: 'menu', tenantId }),
    onEvents: refresh,
    onResync: refresh,
  });
  return null;
}

type OrderProps = {
  realtimeUrl: string;
  tenantSlug: string;
  code: string;
  orderId: string;
  token: string;
  since: Cursor;
};

/**
 * Keeps the order page (react-query key `['order', tenantSlug, code]`) true: a kitchen move is
 * patched in at once (when the cached order has a `status`), then the order is refetched for
 * the rest (payment, cancellation). `token` is the order link's `t`. Renders nothing.
 */
export function LiveOrder({ realtimeUrl, tenantSlug, code, orderId, token, since }: OrderProps) {
  const queryClient = useQueryClient();
  const queryKey = ['order', tenantSlug, code];
  const refresh = () => void queryClient.invalidateQueries({ queryKey });
  useRealtimeRoom({
    url: realtimeUrl,
    room: roomName.order(orderId),
    since,
    request: () => ({ room: 'order', orderId, token }),
    onEvents: (events: RealtimeEvent[]) => {
      const moves = events.filter((e) => e.type === 'order.status_changed');
      const last = moves.at(-1);
      if (last?.type === 'order.status_changed') {
        queryClient.setQueryData(queryKey, (old: unknown) =>
          old && typeof old === 'object' && 'status' in old ? { ...old, status: last.payload.to } : old,
        );
      }
      refresh();
    },
    onResync: refresh,
  });
  return null;
}
