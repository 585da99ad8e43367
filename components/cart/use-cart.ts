'use client';

import { useCallback, useSyncExternalStore } from 'react';

/** Slices per flavor, by product id. */
export type Cart = Record<string, number>;

const EMPTY: Cart = {};
const storageKey = (slug: string) => `meupedaco:cart:${slug}`;
const listeners = new Set<() => void>();
// getSnapshot must return the same object while the stored text is unchanged.
const parsed = new Map<string, { raw: string | null; cart: Cart }>();

function read(slug: string): Cart {
  const raw = localStorage.getItem(storageKey(slug));
  const cached = parsed.get(slug);
  if (cached && cached.raw === raw) return cached.cart;
  let cart = EMPTY;
  try {
    const value = raw ? (JSON.parse(raw) as unknown) : null;
    if (value && typeof value === 'object') {
      cart = Object.fromEntries(
        Object.entries(value).filter(([, n]) => Number.isInteger(n) && (n as number) > 0),
      ) as Cart;
    }
  } catch {
    // A corrupt entry is an empty cart, not a broken page.
  }
  parsed.set(slug, { raw, cart });
  return cart;
}

function write(slug: string, cart: Cart) {
  const entries = Object.entries(cart).filter(([, n]) => n > 0);
  if (entries.length === 0) localStorage.removeItem(storageKey(slug));
  else localStorage.setItem(storageKey(slug), JSON.stringify(Object.fromEntries(entries)));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener); // another tab changed it
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The cart of one pizzeria, kept in localStorage so it survives a reload. */
export function useCart(slug: string) {
  // null while hydrating: the server cannot know this phone's cart.
  const stored = useSyncExternalStore<Cart | null>(
    subscribe,
    () => read(slug),
    () => null,
  );
  const setQuantity = useCallback(
    (productId: string, quantity: number) => write(slug, { ...read(slug), [productId]: Math.max(0, quantity) }),
    [slug],
  );
  const replace = useCallback((next: Cart) => write(slug, next), [slug]);
  const clear = useCallback(() => write(slug, {}), [slug]);
  return { cart: stored ?? EMPTY, ready: stored !== null, setQuantity, replace, clear };
}
