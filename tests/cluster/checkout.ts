/**
 * A buyer's checkout as the storefront's browser sends it: the checkout page's server action,
 * posted through the gateway with React's own reply encoding, from the buyer's own loopback
 * address (so the gateway's per-client limits and stickiness see distinct clients).
 */
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.node.js') as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

/** The action id of `placeOrderAction`, from the build's server reference manifest. */
export async function checkoutActionId(buildDir: string) {
  type Worker = { exportedName?: string };
  const manifest = JSON.parse(await readFile(`${buildDir}/server/server-reference-manifest.json`, 'utf8')) as {
    node: Record<string, { workers: Record<string, Worker>; exportedName?: string }>;
  };
  const onCheckout = Object.entries(manifest.node).filter(([, entry]) => 'app/[tenant]/checkout/page' in entry.workers);
  const named = onCheckout.filter(
    ([, entry]) =>
      (entry.exportedName ?? entry.workers['app/[tenant]/checkout/page']?.exportedName) === 'placeOrderAction',
  );
  // Builds that do not record export names still have one action on the checkout page.
  const found = named[0] ?? (onCheckout.length === 1 ? onCheckout[0] : undefined);
  if (!found) throw new Error('placeOrderAction is not in the server reference manifest');
  return found[0];
}

export type Answer =
  | { kind: 'order'; orderUrl: string }
  | { kind: 'sold_out' }
  | { kind: 'retryable'; status: number; reason: string }
  | { kind: 'refused'; status: number; body: string };

export type Buyer = { gateway: string; tenantSlug: string; productId: string; actionId: string; localAddress: string };

/** One attempt; the idempotency key makes a retry of the same buyer the same order. */
export async function attemptCheckout(buyer: Buyer, idempotencyKey: string, timeoutMs: number): Promise<Answer> {
  const form = new FormData();
  form.set('tenantSlug', buyer.tenantSlug);
  form.set('idempotencyKey', idempotencyKey);
  form.set('cart', JSON.stringify([{ productId: buyer.productId, quantity: 1 }]));
  form.set('method', 'pix');
  form.set('name', 'Cliente Teste');
  form.set('phone', '(11) 91234-5678');
  // The same form on every retry, as a browser resends it: a changed field would be another order.
  form.set('email', `c-${idempotencyKey.slice(-12)}@exemplo.com`);
  const encoded = new Response(await encodeReply([null, form]));
  const body = Buffer.from(await encoded.arrayBuffer());
  const url = new URL(`/${buyer.tenantSlug}/checkout`, buyer.gateway);
  const { status, text } = await post(url, body, buyer.localAddress, timeoutMs, {
    'content-type': encoded.headers.get('content-type')!,
    accept: 'text/x-component',
    'next-action': buyer.actionId,
    origin: buyer.gateway,
  }).catch((err: Error) => ({ status: 0, text: err.message }));
  if (status === 0) return { kind: 'retryable', status, reason: text };
  if (status >= 500 || status === 429) return { kind: 'retryable', status, reason: text.slice(0, 200) };
  const orderUrl = /"orderUrl":"([^"]+)"/.exec(text)?.[1];
  if (status === 200 && orderUrl) return { kind: 'order', orderUrl };
  if (status === 200 && text.includes('"code":"sold_out"')) return { kind: 'sold_out' };
  const code = /"code":"(\w+)"/.exec(text)?.[1];
  if (status === 200 && code && ['payment_unavailable', 'rate_limited'].includes(code)) {
    return { kind: 'retryable', status, reason: code };
  }
  return { kind: 'refused', status, body: text.slice(0, 300) };
}

function post(url: URL, body: Buffer, localAddress: string, timeoutMs: number, headers: Record<string, string>) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', localAddress, headers: { ...headers, 'content-length': String(body.length) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** A raw request from a given address (the 413 check sends a body larger than the gateway allows). */
export function postRaw(url: URL, body: Buffer, localAddress = '127.0.0.1') {
  return post(url, body, localAddress, 15_000, { 'content-type': 'application/octet-stream' });
}
