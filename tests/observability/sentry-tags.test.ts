import { afterAll, describe, expect, it } from 'vitest';
import { failOneRequest, fakeSentry } from './fake-sentry';

const ingest = await fakeSentry();
afterAll(() => ingest.close());

describe('Sentry events carry release, environment, pizzeria and request id', () => {
  it('tags a failed request with what follows it through the logs', async () => {
    process.env.SENTRY_DSN = ingest.dsn;
    process.env.SENTRY_RELEASE = 'meu-pedaco@1.2.3';
    await failOneRequest(
      { path: '/pizzaria-demo/pedido/AB12?t=x', method: 'GET', headers: { 'x-request-id': 'gw-5f1c2a9e7b' } },
      '/[tenant]/pedido/[code]',
    );
    const event = ingest.envelopes.find((e) => e.includes('forno quebrou'));
    expect(event).toBeDefined();
    const item = JSON.parse(event!.split('\n').find((line) => line.includes('forno quebrou'))!);
    expect(item.release).toBe('meu-pedaco@1.2.3');
    expect(item.environment).toBe('test');
    expect(item.tags).toMatchObject({ request_id: 'gw-5f1c2a9e7b', tenant: 'pizzaria-demo' });
  });
});
