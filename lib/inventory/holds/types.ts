/** Claims `count` free keys from `candidates`, tried in order (oldest slice first). */
export type ClaimGroup = { candidates: string[]; count: number };

export type ClaimResult =
  | { ok: true; claimed: string[][] }
  /** `free[g]` is how many of group g's candidates were free (< its count for a short group). */
  | { ok: false; free: number[] };

/**
 * The fast gate in front of Postgres. It only sheds contention: a key here never
 * makes a slice sellable or sold; the conditional update in Postgres decides.
 */
export interface HoldStore {
  readonly kind: 'redis' | 'memory';
  /** All groups or none, atomically. */
  claim(groups: ClaimGroup[], owner: string, ttlSeconds: number): Promise<ClaimResult>;
  /** Drops the keys that `owner` still holds. */
  release(keys: string[], owner: string): Promise<void>;
  /** Pushes back the expiry of the keys `owner` still holds; returns how many. */
  extend(keys: string[], owner: string, ttlSeconds: number): Promise<number>;
}

export function holdKey(tenantId: string, sliceId: number): string {
  // The tenant in braces is a hash tag: one tenant's keys share a cluster slot, as EVAL needs.
  return `hold:{${tenantId}}:${sliceId}`;
}
