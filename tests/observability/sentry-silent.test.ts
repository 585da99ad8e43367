import * as Sentry from '@sentry/nextjs';
import { describe, expect, it } from 'vitest';
import { failOneRequest } from './fake-sentry';

describe('Sentry wiring without a DSN', () => {
  it('starts no client, so an error goes nowhere', async () => {
    delete process.env.SENTRY_DSN;
    await failOneRequest();
    expect(Sentry.getClient()).toBeUndefined();
  });
});
