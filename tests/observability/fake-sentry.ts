import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** A stand-in for Sentry's ingest endpoint, at its HTTP boundary: records what the SDK posts. */
export async function fakeSentry() {
  const envelopes: string[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    envelopes.push((req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString());
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { envelopes, dsn: `http://publickey@127.0.0.1:${port}/42`, close: () => server.close() };
}

/** What instrumentation.ts hands Sentry when a request fails (by default on the storefront, without a request id). */
export async function failOneRequest(
  request: { path: string; method: string; headers: Record<string, string> } = {
    path: '/pizzaria-demo',
    method: 'GET',
    headers: {},
  },
  routePath = '/[tenant]',
) {
  process.env.NEXT_RUNTIME = 'nodejs';
  const { register, onRequestError } = await import('@/instrumentation');
  const Sentry = await import('@sentry/nextjs');
  await register();
  await onRequestError(new Error('forno quebrou'), request, {
    routerKind: 'App Router',
    routePath,
    routeType: 'render',
    revalidateReason: undefined,
  });
  await Sentry.flush(3000);
}
