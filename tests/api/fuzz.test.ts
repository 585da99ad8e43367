import { beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '@/lib/api/openapi';
import { createShop, type Shop, snapshot } from '../admin/world';
import { callApi } from './contract';

const CONTROL = ['\u0000', '\u0001', '\u001b', '\u007f', '\u2028'];
const operations = Object.entries(openApiDocument().paths as Record<string, Record<string, unknown>>).flatMap(
  ([template, ops]) =>
    Object.keys(ops).map((m) => [`${m.toUpperCase()} ${template}`, m.toUpperCase(), template] as const),
);

let shop: Shop;
beforeAll(async () => {
  shop = await createShop();
});

/** A valid-looking body with one thing wrong in each: every variant must be refused. */
function hostileBodies(): [string, string][] {
  const customer = { name: 'Cliente', phone: '(11) 91234-5678', email: 'c@teste.com.br' };
  const item = { productId: shop.product.id, quantity: 1 };
  const json = (v: unknown) => JSON.stringify(v);
  return [
    ['garbage', '{"items":\u0000'],
    ['deep nesting', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
    ['oversize', json({ items: [item], note: 'x'.repeat(40_000) })],
    ['null', 'null'],
    ['an array', json([item])],
    ['a string', json('start')],
    ...CONTROL.map((c): [string, string] => [
      `${JSON.stringify(c)} in every string`,
      json({
        items: [{ productId: `${shop.product.id}${c}`, quantity: 1 }],
        customer: { name: `Cli${c}ente`, phone: `11${c}912345678`, email: `c${c}@teste.com.br` },
        method: `pix${c}`,
        productId: `${shop.product.id}${c}`,
        move: `start${c}`,
      }),
    ]),
    ['huge numbers', json({ items: [{ ...item, quantity: 1e308 }], customer, method: 'pix', sliceCount: 1e308 })],
    ['negative numbers', json({ items: [{ ...item, quantity: -1 }], customer, method: 'pix', sliceCount: -8 })],
    ['wrong types', json({ items: 'tudo', customer: 'eu', method: 1, productId: 7, move: ['start'], from: {} })],
    ['prototype keys', '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}'],
  ];
}

describe.each(operations as unknown as [string, string, string, boolean][])(
  '%s, fuzzed with a valid key of all scopes',
  (_label, method, template, takesBody) => {
    it('answers below 500 as the document says, and writes nothing', async () => {
      const before = await snapshot(shop.tenant.id);
      const segments = [...CONTROL.map((c) => `A${c}B`), '%00', '..', 'x'.repeat(5000), shop.order.code.toLowerCase()];
      const paramNames = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const goodParams = { code: shop.order.code, id: shop.batch.id };
      for (const segment of paramNames.length ? segments : []) {
        const params = Object.fromEntries(paramNames.map((n) => [n, segment]));
        await callApi(method, template, {
          key: shop.apiKey,
          params,
          body: method === 'GET' ? undefined : {},
          headers: { 'idempotency-key': 'fuzz-key-0001' },
        });
      }
      // Queries on reads only: a write with good params would simply do its job.
      for (const query of method !== 'GET'
        ? []
        : ['?status=%00', '?since=%00', '?limit=1e999', '?cursor=%E2%80%A8', `?limit=${'9'.repeat(400)}`]) {
        await callApi(method, template, { key: shop.apiKey, params: goodParams, query });
      }
      if (takesBody) {
        for (const [label, rawBody] of hostileBodies()) {
          for (const idempotencyKey of ['fuzz-key-0002', '\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000', 'x']) {
            const answer = await callApi(method, template, {
              key: shop.apiKey,
              params: goodParams,
              rawBody,
              headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
            });
            expect(answer.status, `${label} / ${JSON.stringify(idempotencyKey)}`).toBeGreaterThanOrEqual(400);
          }
        }
      }
      expect(JSON.parse(await snapshot(shop.tenant.id))).toEqual(JSON.parse(before));
    });
  },
);
