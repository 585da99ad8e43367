import type { ClaimGroup, HoldStore } from './types';

/** Holds in process memory, for the embedded single-process default. */
export function createMemoryHoldStore(now: () => number = Date.now): HoldStore {
  const holds = new Map<string, { owner: string; expiresAt: number }>();
  const ownerOf = (key: string) => {
    const hold = holds.get(key);
    if (hold && hold.expiresAt <= now()) holds.delete(key);
    return holds.get(key)?.owner;
  };

  return {
    kind: 'memory',
    async claim(groups: ClaimGroup[], owner: string, ttlSeconds: number) {
      const expiresAt = now() + ttlSeconds * 1000;
      const claimed = groups.map((g) => g.candidates.filter((key) => ownerOf(key) === undefined).slice(0, g.count));
      if (claimed.some((keys, g) => keys.length < groups[g]!.count)) {
        return { ok: false, free: claimed.map((keys) => keys.length) };
      }
      for (const key of claimed.flat()) holds.set(key, { owner, expiresAt });
      return { ok: true, claimed };
    },
    async release(keys, owner) {
      for (const key of keys) if (ownerOf(key) === owner) holds.delete(key);
    },
    async extend(keys, owner, ttlSeconds) {
      let extended = 0;
      for (const key of keys) {
        if (ownerOf(key) !== owner) continue;
        holds.set(key, { owner, expiresAt: now() + ttlSeconds * 1000 });
        extended++;
      }
      return extended;
    },
  };
}
