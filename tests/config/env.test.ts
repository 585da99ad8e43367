import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env.js';

describe('configuration', () => {
  it('names what is missing or wrong', () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL is missing/);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres/);
    expect(() => parseEnv({ DATABASE_URL: 'postgres://x', UPSTASH_REDIS_REST_URL: 'http://r' })).toThrow(
      /UPSTASH_REDIS_REST_TOKEN: set both/,
    );
    expect(() => parseEnv({ DATABASE_URL: 'postgres://x', DATABASE_POOL_MAX: 'many' })).toThrow(/DATABASE_POOL_MAX/);
  });

  it('fills defaults', () => {
    const env = parseEnv({ DATABASE_URL: 'postgres://x' });
    expect(env).toMatchObject({ DATABASE_POOL_MAX: 10, LOG_LEVEL: 'info', REDIS_TIMEOUT_MS: 500 });
    expect(env.UPSTASH_REDIS_REST_URL).toBeUndefined();
  });

  it('lets only development run without its own APP_SECRET', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://x' }).APP_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(() => parseEnv({ DATABASE_URL: 'postgres://x', NODE_ENV: 'production' })).toThrow(/APP_SECRET is missing/);
    expect(() => parseEnv({ DATABASE_URL: 'postgres://x', APP_SECRET: 'short' })).toThrow(/at least 32/);
    const secret = 'x'.repeat(32);
    expect(parseEnv({ DATABASE_URL: 'postgres://x', NODE_ENV: 'production', APP_SECRET: secret }).APP_SECRET).toBe(secret);
  });
});
