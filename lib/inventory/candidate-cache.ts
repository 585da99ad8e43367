import { db } from '@/db/client';
import { findSellableSlices, type Wanted } from './sellable';

/** How long one read of the oldest free slices serves every reservation in this process. */
const FRESH_MS = 1_000;
/** How many of the oldest free slices one read fetches. */
const DEPTH = 128;

export type Asked = Wanted & { quantity: number };

type Entry = {
  ids: number[];
  /** Where the next reservation starts: the slices before it went to reservations still in flight. */
  next: number;
  at: number;
};

type Read = (tenantId: string, w: Wanted) => Promise<number[]>;

/**
 * The candidates of a reservation, from one read of the oldest free slices shared
 * by every reservation of a flavor in this process instead of a query each.
 *
 * Concurrent reservations are handed different stretches of that read: each starts
 * where the previous one's slices end, and slices handed out in the last second
 * (even before a re-read) go last. So one process's buyers do not race each other
 * for the same first slices, and a claim can carry a short list (see
 * candidateLimit in reserve.ts) instead of every slice another checkout might hold.
 * A stale id costs nothing but a retry: the hold store skips slices already held,
 * and Postgres' conditional update is the truth. The list is never shorter than the
 * read allows, so "fewer candidates than asked" still means "fewer free slices".
 */
export function candidateCache(read: Read, now: () => number = Date.now) {
  const entries = new Map<string, Entry>();
  const loading = new Map<string, Promise<Entry>>();
  /** Per flavor: slice id → when it was last handed out. */
  const handed = new Map<string, Map<number, number>>();
  const keyOf = (tenantId: string, productId: string) => `${tenantId}:${productId}`;

  function load(tenantId: string, w: Wanted, key: string): Promise<Entry> {
    const pending = loading.get(key);
    if (pending) return pending;
    const promise = read(tenantId, { productId: w.productId, limit: Math.max(w.limit, DEPTH) })
      .then((ids) => {
        const entry = { ids, next: 0, at: now() };
        entries.set(key, entry);
        const recent = handed.get(key);
        if (recent) for (const [id, at] of recent) if (entry.at - at > FRESH_MS) recent.delete(id);
        return entry;
      })
      .finally(() => loading.delete(key));
    loading.set(key, promise);
    return promise;
  }

  /** `limit` ids from the cursor on, slices handed out lately last; the first `quantity` count as handed out. */
  function take(key: string, entry: Entry, w: Asked): number[] {
    const recent = handed.get(key) ?? new Map<number, number>();
    handed.set(key, recent);
    const t = now();
    const fresh: number[] = [];
    const later: number[] = [];
    const n = entry.ids.length;
    for (let i = 0; i < n && fresh.length < w.limit; i++) {
      const id = entry.ids[(entry.next + i) % n]!;
      const at = recent.get(id);
      (at !== undefined && t - at <= FRESH_MS ? later : fresh).push(id);
    }
    const ids = fresh.concat(later).slice(0, w.limit);
    for (const id of ids.slice(0, w.quantity)) recent.set(id, t);
    entry.next = Math.min(entry.next + w.quantity, n);
    return ids;
  }

  return {
    async candidates(tenantId: string, wanted: Asked[]): Promise<Map<string, number[]>> {
      const result = new Map<string, number[]>();
      await Promise.all(
        wanted.map(async (w) => {
          const key = keyOf(tenantId, w.productId);
          let entry = entries.get(key);
          if (!entry || now() - entry.at > FRESH_MS || entry.ids.length - entry.next < w.limit) {
            entry = await load(tenantId, w, key);
          }
          result.set(w.productId, take(key, entry, w));
        }),
      );
      return result;
    },
    /** After a lost race the cached view is known to be behind: read again next time. */
    forget(tenantId: string, productIds: string[]) {
      for (const productId of productIds) entries.delete(keyOf(tenantId, productId));
    },
  };
}

const shared = candidateCache(
  async (tenantId, w) => (await findSellableSlices(db, tenantId, [w])).get(w.productId) ?? [],
);

export const cachedCandidates = shared.candidates;
export const forgetCandidates = shared.forget;
