import { db } from '@/db/client';
import { findSellableSlices, type Wanted } from './sellable';

/** How long one read of the oldest free slices serves every reservation in this process. */
const FRESH_MS = 1_000;
/** Enough to step past the slices other checkouts hold right now (the Lua claim skips held ones). */
const DEPTH = 128;

type Entry = { ids: number[]; at: number };
const entries = new Map<string, Entry>();
const loading = new Map<string, Promise<Entry>>();
const keyOf = (tenantId: string, productId: string) => `${tenantId}:${productId}`;

/**
 * The first candidates of a reservation, shared by concurrent reservations of
 * one flavor instead of a query each. A stale id costs nothing but a retry: the
 * hold store skips slices already held, and Postgres' conditional update is the truth.
 */
export async function cachedCandidates(tenantId: string, wanted: Wanted[]): Promise<Map<string, number[]>> {
  const now = Date.now();
  const result = new Map<string, number[]>();
  await Promise.all(
    wanted.map(async (w) => {
      const key = keyOf(tenantId, w.productId);
      let entry = entries.get(key);
      if (!entry || now - entry.at > FRESH_MS || entry.ids.length < w.limit) entry = await load(tenantId, w, key);
      result.set(w.productId, entry.ids.slice(0, Math.max(w.limit, DEPTH)));
    }),
  );
  return result;
}

/** After a lost race the cached view is known to be behind: read again next time. */
export function forgetCandidates(tenantId: string, productIds: string[]) {
  for (const productId of productIds) entries.delete(keyOf(tenantId, productId));
}

function load(tenantId: string, w: Wanted, key: string): Promise<Entry> {
  const pending = loading.get(key);
  if (pending) return pending;
  const promise = findSellableSlices(db, tenantId, [{ productId: w.productId, limit: Math.max(w.limit, DEPTH) }])
    .then((found) => {
      const entry = { ids: found.get(w.productId) ?? [], at: Date.now() };
      entries.set(key, entry);
      return entry;
    })
    .finally(() => loading.delete(key));
  loading.set(key, promise);
  return promise;
}
