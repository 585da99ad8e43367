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

/** The live menu: server-rendered first, then refreshed on a timer and whenever the tab returns. */
export function useMenu(slug: string, initial: Menu) {
  return useQuery({
    queryKey: menuQueryKey(slug),
    queryFn: () => fetchMenu(slug),
    initialData: initial,
    initialDataUpdatedAt: Date.now(),
    refetchInterval: 10_000,
    refetchOnWindowFocus: true,
  });
}
