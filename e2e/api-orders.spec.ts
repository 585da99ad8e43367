import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { domain } from './app-domain';
import { createShop } from './shop';

const BUYERS = 300;
const SLICES = 40;
/** Buyers whose request is sent twice at once with the same Idempotency-Key (a retry racing the first try). */
const DUPLICATED = 20;

test('300 concurrent POST /api/v1/orders for 40 slices over HTTP: none oversold, a repeated Idempotency-Key gets the same order', async ({
  baseURL,
}) => {
  const { tenantId } = await createShop([{ name: 'Calabresa', priceCents: 1000, pizzas: SLICES / 4 }]);
  const { sql } = await domain();
  const { createApiKey } = await import('../lib/api/keys');
  const made = await createApiKey(tenantId, { name: 'Carga', scopes: ['orders:write', 'read'] }, null);
  if (!made.ok) throw new Error(made.error.message);
  const [product] = await sql<{ id: string }[]>`SELECT id FROM products WHERE tenant_id = ${tenantId}`;

  const body = (n: number) =>
    JSON.stringify({
      items: [{ productId: product!.id, quantity: 1 }],
      customer: { name: `Cliente ${n}`, phone: '(11) 91234-5678', email: `c${n}@teste.com.br` },
      method: 'pix',
    });
  const keys = Array.from({ length: BUYERS }, () => `carga-${randomUUID()}`);
  const send = (n: number) =>
    fetch(`${baseURL}/api/v1/orders`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${made.key}`,
        'content-type': 'application/json',
        'idempotency-key': keys[n]!,
      },
      body: body(n),
    }).then(async (r) => ({ n, status: r.status, body: (await r.json()) as { code?: string; type?: string } }));

  const calls = [...keys.keys(), ...Array.from({ length: DUPLICATED }, (_, i) => i)];
  const answers = await Promise.all(calls.map(send));

  expect(answers.filter((a) => a.status >= 500)).toEqual([]);
  expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201, 409]));
  const placed = answers.filter((a) => a.status === 201);
  for (const refused of answers.filter((a) => a.status === 409))
    expect(refused.body.type).toBe('/api/v1/problems/sold-out');
  // A retry racing its first try never makes a second order: one code per key at most.
  for (let i = 0; i < DUPLICATED; i++) {
    const codes = new Set(answers.filter((a) => a.n === i && a.status === 201).map((a) => a.body.code));
    expect(codes.size, `buyer ${i}`).toBeLessThanOrEqual(1);
  }

  const [counts] = await sql<{ taken: number; free: number; orders: number; ordered: number }[]>`
    SELECT (SELECT count(*)::int FROM slices WHERE tenant_id = ${tenantId} AND status IN ('RESERVED', 'SOLD')) AS taken,
           (SELECT count(*)::int FROM slices WHERE tenant_id = ${tenantId} AND status = 'AVAILABLE') AS free,
           (SELECT count(*)::int FROM orders WHERE tenant_id = ${tenantId}) AS orders,
           (SELECT coalesce(sum(quantity), 0)::int FROM order_items WHERE tenant_id = ${tenantId}) AS ordered`;
  // 0 oversold: every slice ordered is a slice taken, never more than there were.
  expect(counts!.ordered).toBe(counts!.taken);
  expect(counts!.taken + counts!.free).toBe(SLICES);
  expect(counts!.orders).toBe(new Set(placed.map((a) => a.body.code)).size);
  expect(counts!.orders).toBeGreaterThan(SLICES / 2);

  // Sent again after the storm, every key that got an order gets that same order back.
  const byKey = new Map(placed.map((a) => [a.n, a.body.code]));
  const again = await Promise.all([...byKey.keys()].slice(0, DUPLICATED).map(send));
  for (const answer of again)
    expect(answer, `buyer ${answer.n}`).toMatchObject({ status: 201, body: { code: byKey.get(answer.n) } });

  // The same key with another body is refused, over HTTP too.
  const reused = await fetch(`${baseURL}/api/v1/orders`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${made.key}`,
      'content-type': 'application/json',
      'idempotency-key': keys[placed[0]!.n]!,
    },
    body: body(9999),
  });
  expect(reused.status).toBe(422);
});
