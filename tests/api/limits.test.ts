import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { apiLimits } from '@/lib/api/limits';
import { createRateLimiter } from '@/lib/rate-limit';
import { createTenant } from '../fixtures';
import { callApi } from './contract';
import { keyFor } from './helpers';

const original = { ...apiLimits };
afterEach(() => Object.assign(apiLimits, original));

/** The app's limiter on the test Redis, tight and with a prefix of its own. */
const tight = (limit: number) => createRateLimiter({ prefix: `api-test-${randomUUID()}`, limit, windowSeconds: 60 });

describe('API rate limits', () => {
  it('answer 429 with Retry-After once a key spends its calls, and only that key', async () => {
    apiLimits.perKey = tight(3);
    const tenant = await createTenant();
    const [busy, calm] = [await keyFor(tenant.id, ['read']), await keyFor(tenant.id, ['read'])];
    for (let i = 0; i < 3; i++) expect((await callApi('GET', '/menu', { key: busy.key })).status).toBe(200);
    const limited = await callApi('GET', '/menu', { key: busy.key });
    expect(limited.status).toBe(429);
    expect(limited.body.type).toBe('/api/v1/problems/rate-limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await callApi('GET', '/menu', { key: calm.key })).status).toBe(200);
  });

  it('stop a client that keeps sending bad keys, by its address as the app reads it, not by a header it picks', async () => {
    apiLimits.badKeyPerClient = tight(2);
    const tenant = await createTenant();
    const good = await keyFor(tenant.id, ['read']);
    // The peer stamp puts the socket peer right-most; what the client wrote sits to its left and is never read.
    const from = (peer: string, claimed: string) => ({ 'x-forwarded-for': `${claimed}, ${peer}` });
    for (let i = 0; i < 2; i++) {
      const bad = await callApi('GET', '/stock', { key: 'mpk_nope', headers: from('198.51.100.7', `10.0.0.${i}`) });
      expect(bad.status).toBe(401);
    }
    const blocked = await callApi('GET', '/stock', { key: 'mpk_nope', headers: from('198.51.100.7', '10.0.0.99') });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(
      (await callApi('GET', '/stock', { key: 'mpk_nope', headers: from('198.51.100.8', '10.0.0.1') })).status,
    ).toBe(401);
    expect((await callApi('GET', '/stock', { key: good.key, headers: from('198.51.100.7', '10.0.0.1') })).status).toBe(
      200,
    );
  });
});
