import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env.js';

const KEY = Buffer.alloc(32, 7).toString('base64');

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
    expect(env).toMatchObject({
      REALTIME_PORT: 3001,
      REALTIME_PUBLIC_URL: 'http://localhost:3001',
      REALTIME_POLL_MS: 500,
      REALTIME_LISTEN: true,
    });
    expect(
      parseEnv({ DATABASE_URL: 'postgres://x', APP_URL: 'https://pedaco.example', REALTIME_PORT: '4000' })
        .REALTIME_PUBLIC_URL,
    ).toBe('https://pedaco.example:4000');
    expect(parseEnv({ DATABASE_URL: 'postgres://x', REALTIME_LISTEN: '0' }).REALTIME_LISTEN).toBe(false);
    expect(() => parseEnv({ DATABASE_URL: 'postgres://x', REALTIME_PORT: '70000' })).toThrow(/REALTIME_PORT/);
  });

  it('serves metrics only where METRICS_PORT says, and records them unless METRICS_ENABLED is 0', () => {
    const defaults = parseEnv({ DATABASE_URL: 'postgres://x' });
    expect(defaults.METRICS_PORT).toBeUndefined();
    expect(defaults.METRICS_ENABLED).toBe(true);
    expect(parseEnv({ DATABASE_URL: 'postgres://x', METRICS_PORT: '' }).METRICS_PORT).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: 'postgres://x', METRICS_PORT: '9464' }).METRICS_PORT).toBe(9464);
    expect(parseEnv({ DATABASE_URL: 'postgres://x', METRICS_ENABLED: '0' }).METRICS_ENABLED).toBe(false);
    expect(() => parseEnv({ DATABASE_URL: 'postgres://x', METRICS_PORT: 'nine' })).toThrow(/METRICS_PORT/);
  });

  it('lets only development run without its own APP_SECRET', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://x' }).APP_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(() => parseEnv({ DATABASE_URL: 'postgres://x', NODE_ENV: 'production' })).toThrow(/APP_SECRET is missing/);
    expect(() => parseEnv({ DATABASE_URL: 'postgres://x', APP_SECRET: 'short' })).toThrow(/at least 32/);
    const secret = 'x'.repeat(32);
    expect(
      parseEnv({ DATABASE_URL: 'postgres://x', NODE_ENV: 'production', APP_SECRET: secret, CREDENTIALS_KEY: KEY })
        .APP_SECRET,
    ).toBe(secret);
  });

  it('lets only development run without its own CREDENTIALS_KEY, and checks it is 32 bytes', () => {
    const production = { DATABASE_URL: 'postgres://x', NODE_ENV: 'production', APP_SECRET: 'x'.repeat(32) };
    expect(Buffer.from(parseEnv({ DATABASE_URL: 'postgres://x' }).CREDENTIALS_KEY, 'base64')).toHaveLength(32);
    expect(() => parseEnv(production)).toThrow(/CREDENTIALS_KEY is missing/);
    expect(() => parseEnv({ ...production, CREDENTIALS_KEY: 'c2hvcnQ=' })).toThrow(/32 random bytes/);
    expect(parseEnv({ ...production, CREDENTIALS_KEY: KEY }).CREDENTIALS_KEY).toBe(KEY);
  });

  it('turns the dev payment provider on by default only outside production', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://x' }).PAYMENTS_DEV_PROVIDER).toBe(true);
    const production = {
      DATABASE_URL: 'postgres://x',
      NODE_ENV: 'production',
      APP_SECRET: 'x'.repeat(32),
      CREDENTIALS_KEY: KEY,
    };
    expect(parseEnv(production).PAYMENTS_DEV_PROVIDER).toBe(false);
    expect(parseEnv({ ...production, PAYMENTS_DEV_PROVIDER: '1' }).PAYMENTS_DEV_PROVIDER).toBe(true);
    expect(() => parseEnv({ ...production, PAYMENTS_DEV_PROVIDER: 'yes' })).toThrow(/PAYMENTS_DEV_PROVIDER/);
  });
});
