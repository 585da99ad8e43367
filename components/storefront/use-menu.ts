'use client';

import { useQuery } from '@tanstack/react-query';
import type { FlavorOnSale } from '@/lib/inventory';

export const menuQueryKey = (slug: string) => ['menu', slug] as const;

export type Menu = { isOpen: boolean; flavors: FlavorOnSale[] };

async function fetchMenu(slug: string): Promise<Menu> {
  const response = await fetch(`/api/t/${encodeURIComponent(slug)}/menu`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`menu ${response.status}`);
  return (await response.json()) as Menu;
}

/**
 * The live menu: server-rendered first; the realtime sidecar says when it changed (LiveMenu), and
 * a slow timer and the tab's return refresh it should the socket be down.
 */
export function useMenu(slug: string, initial: Menu) {
  return useQuery({
    queryKey: menuQueryKey(slug),
    queryFn: () => fetchMenu(slug),
    initialData: initial,
    initialDataUpdatedAt: Date.now(),
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });
}
