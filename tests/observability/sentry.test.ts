import { afterAll, describe, expect, it } from 'vitest';
import { failOneRequest, fakeSentry } from './fake-sentry';

const ingest = await fakeSentry();
afterAll(() => ingest.close());

describe('Sentry wiring (instrumentation.ts)', () => {
  it('reports a request error to the configured DSN', async () => {
    process.env.SENTRY_DSN = ingest.dsn;
    await failOneRequest();
    expect(ingest.envelopes.some((e) => e.includes('forno quebrou'))).toBe(true);
  });
});
