import { createRedis, type RedisConfig } from '@/lib/redis';
import { scriptBatcher } from './script-batcher';
import { CLAIM_SCRIPT, EXTEND_SCRIPT, parseClaimReply, RELEASE_SCRIPT } from './scripts';
import type { ClaimGroup, HoldStore } from './types';

export function createRedisHoldStore(config: RedisConfig): HoldStore {
  // Failing fast matters more than retrying: Postgres alone can serve the request.
  const redis = createRedis(config, { raw: true });
  const claim = scriptBatcher(redis, CLAIM_SCRIPT);
  const releaseScript = redis.createScript<number>(RELEASE_SCRIPT);
  const extendScript = redis.createScript<number>(EXTEND_SCRIPT);

  return {
    kind: 'redis',
    async claim(groups: ClaimGroup[], owner: string, ttlSeconds: number) {
      const keys = groups.flatMap((g) => g.candidates);
      const args = [owner, String(ttlSeconds), String(groups.length)];
      for (const g of groups) args.push(String(g.candidates.length), String(g.count));
      return parseClaimReply((await claim(keys, args)) as number[], groups);
    },
    async release(keys, owner) {
      if (keys.length > 0) await releaseScript.exec(keys, [owner]);
    },
    async extend(keys, owner, ttlSeconds) {
      return keys.length > 0 ? extendScript.exec(keys, [owner, String(ttlSeconds)]) : 0;
    },
  };
}
