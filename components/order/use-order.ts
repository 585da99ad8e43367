'use client';

import { useQuery } from '@tanstack/react-query';
import type { OrderView } from '@/lib/checkout/order-view';

const FINAL = new Set(['DELIVERED', 'EXPIRED', 'CANCELLED', 'REFUNDED']);

export const orderQueryKey = (slug: string, code: string) => ['order', slug, code] as const;

/** The order as the server sees it; LiveOrder says when it changed, a timer is the safety net until an end state. */
export function useOrder(slug: string, code: string, token: string, initial: OrderView) {
  return useQuery({
    queryKey: orderQueryKey(slug, code),
    queryFn: async (): Promise<OrderView> => {
      const response = await fetch(`/api/t/${encodeURIComponent(slug)}/pedido/${code}?t=${encodeURIComponent(token)}`, {
        cache: 'no-store',
      });
      if (!response.ok) throw new Error(`order ${response.status}`);
      return (await response.json()) as OrderView;
    },
    initialData: initial,
    initialDataUpdatedAt: Date.now(),
    refetchInterval: (query) =>
      FINAL.has(query.state.data?.status ?? '') ? false : query.state.data?.status === 'PENDING' ? 5_000 : 15_000,
    refetchOnWindowFocus: true,
  });
}
