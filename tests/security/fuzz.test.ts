import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { actAs } from '../auth/as-user';
import { appFiles, type AppFile } from '../admin/app-files';
import { createShop, snapshot, type Shop } from '../admin/world';

vi.mock('next/headers', async () => (await import('../auth/as-user')).fakeNextHeaders);
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

// Every public door, found on disk like tests/admin/isolation.test.ts finds the staff ones.
const actionModules = appFiles('actions');
const routeModules = appFiles('route');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Text no row may ever hold: if it shows up in the database, a hostile value was written. */
const MARK = `fuzz${randomUUID().slice(0, 8)}`;
const CONTROL = ['\u0000', '\u0001', '\u0008', '\u001b', '\u007f', '\u0085', '\u2028'];
const OVERSIZE = `${MARK}${'x'.repeat(200_000)}`;

/** Every field name any form of the app sends. */
const FIELDS = [
  'tenant',
  'tenantSlug',
  'productId',
  'batchId',
  'orderId',
  'userId',
  'paymentId',
  'code',
  't',
  'token',
  'name',
  'description',
  'price',
  'slicesPerPizza',
  'active',
  'email',
  'password',
  'currentPassword',
  'newPassword',
  'confirmPassword',
  'role',
  'isOpen',
  'holdSeconds',
  'freshnessHours',
  'reason',
  'accessToken',
  'webhookSecret',
  'move',
  'from',
  'decision',
  'pizzeriaName',
  'slug',
  'ownerName',
  'defaultSlicesPerPizza',
  'idempotencyKey',
  'cart',
  'method',
  'phone',
  'next',
];

let shop: Shop;
beforeAll(async () => {
  shop = await createShop();
});

/** Plausible values for every field, `shop`'s ids; `poison` replaces or taints some of them. */
function formWith(poison: (field: string, value: string) => string) {
  const good: Record<string, string> = {
    ...shop.params,
    tenant: shop.tenant.slug,
    tenantSlug: shop.tenant.slug,
    code: shop.order.code,
    name: `${MARK} Nome`,
    description: MARK,
    price: '10,00',
    slicesPerPizza: '8',
    active: 'true',
    email: `${MARK}@teste.com.br`,
    password: 'senha-do-fuzz-1',
    currentPassword: shop.owner.password,
    newPassword: 'senha-do-fuzz-2',
    confirmPassword: 'senha-do-fuzz-2',
    role: 'manager',
    isOpen: 'true',
    holdSeconds: '300',
    freshnessHours: '2',
    reason: MARK,
    accessToken: 'APP_USR-1234567890123456-abcdef',
    webhookSecret: 'segredo-do-webhook-de-teste',
    move: 'start',
    from: 'PAID',
    decision: 'approve',
    pizzeriaName: `${MARK} Pizzaria`,
    slug: MARK,
    ownerName: MARK,
    defaultSlicesPerPizza: '8',
    idempotencyKey: `${MARK}-key-123`,
    cart: JSON.stringify([{ productId: shop.product.id, quantity: 1 }]),
    method: 'pix',
    phone: '(11) 91234-5678',
    next: '/painel',
  };
  const fd = new FormData();
  for (const field of FIELDS) fd.append(field, poison(field, good[field] ?? MARK));
  return fd;
}

function withField(fd: FormData, name: string, value: string) {
  fd.append(name, value);
  return fd;
}

type Action = (...args: unknown[]) => Promise<unknown>;
async function actionsOf(file: AppFile) {
  return Object.entries(await import(file.file)).filter(([, v]) => typeof v === 'function') as [string, Action][];
}

/** A Next interrupt (redirect, notFound, forbidden) is an answer; anything else thrown is a 500. */
async function answerOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK)/.test(digest)) return { interrupt: digest };
    throw error;
  }
}

/** No row anywhere holds the mark, and the shop is as it was. */
async function writtenRows() {
  const [row] = await db.execute<{ n: number }>(sql`
    SELECT (SELECT count(*) FROM tenants WHERE slug LIKE ${`%${MARK}%`} OR name LIKE ${`%${MARK}%`})
         + (SELECT count(*) FROM users WHERE email LIKE ${`%${MARK}%`} OR name LIKE ${`%${MARK}%`})
         + (SELECT count(*) FROM products WHERE name LIKE ${`%${MARK}%`} OR description LIKE ${`%${MARK}%`})
         + (SELECT count(*) FROM orders WHERE idempotency_key LIKE ${`%${MARK}%`} OR customer_name LIKE ${`%${MARK}%`})
         AS n`);
  return Number(row!.n);
}

/** Built per test: the forms carry the shop's ids. */
const hostileCalls = (): [string, unknown[]][] => [
  ['no arguments', []],
  ['JSON arguments (text/plain body)', [null, { tenant: 'x', name: MARK }]],
  ['a string for the form', [null, `tenant=${MARK}`]],
  ['null for the form', [null, null]],
  ['an array for the form', [[MARK], [MARK]]],
  ...CONTROL.map((c): [string, unknown[]] => [
    `${JSON.stringify(c)} in every field`,
    [null, formWith((_f, v) => `${v.slice(0, 3)}${c}${v.slice(3)}`)],
  ]),
  ...CONTROL.map((c): [string, unknown[]] => [
    `${JSON.stringify(c)} in text fields only`,
    [null, formWith((f, v) => (/name|description|reason|email|phone|slug|tenant/i.test(f) ? `${v}${c}` : v))],
  ]),
  ['oversize values in every field', [null, formWith(() => OVERSIZE)]],
  [
    'a field name with NUL',
    [
      null,
      withField(
        formWith((_f, v) => v),
        'na\u0000me',
        MARK,
      ),
    ],
  ],
];

describe('the enumeration finds every public door', () => {
  it('sees the actions and routes the reviewers probed', () => {
    const actions = actionModules.map((m) => m.path);
    for (const p of ['cadastro/actions.ts', '[tenant]/checkout/actions.ts', '[tenant]/pedido/[code]/actions.ts'])
      expect(actions).toContain(p);
    expect(routeModules.map((m) => m.path)).toContain('api/webhooks/mercadopago/route.ts');
  });
});

describe.each(actionModules.map((m) => [m.path, m] as const))(
  'actions in %s, sent malformed input',
  (_path, module) => {
    it.each([
      ['anonymous', () => actAs(null)],
      ['the owner', () => actAs(shop.owner.id)],
    ] as const)('as %s: never throw, never succeed, write nothing', async (_who, as) => {
      const before = await snapshot(shop.tenant.id);
      for (const [name, action] of await actionsOf(module)) {
        for (const [label, args] of hostileCalls()) {
          await as();
          const answer = await answerOf(() => action(...args));
          if (answer && typeof answer === 'object' && 'ok' in answer)
            expect((answer as { ok: boolean }).ok, `${name}: ${label}`).toBe(false);
        }
      }
      expect(await writtenRows()).toBe(0);
      expect(await snapshot(shop.tenant.id)).toBe(before);
    });
  },
);

function paramsFor(file: AppFile, value: string) {
  return Object.fromEntries(file.params.map((p) => [p, value]));
}

const JSON_TYPE = { 'content-type': 'application/json' };
/** Bodies for the methods that take one: [label, content headers, body]. */
const hostileBodies: [string, Record<string, string>, string][] = [
  ['garbage JSON', JSON_TYPE, '{"a":\u0000'],
  ['NUL in JSON strings', JSON_TYPE, JSON.stringify({ type: 'payment', action: 'x\u0000', data: { id: '1\u0000' } })],
  [
    'a truncated multipart body',
    { 'content-type': 'multipart/form-data; boundary=zz' },
    '--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb',
  ],
  ['wrong content type', { 'content-type': 'text/plain' }, MARK],
  ['an oversize body', JSON_TYPE, `{"x":"${'a'.repeat(2_000_000)}"}`],
  ['deep nesting', JSON_TYPE, `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
];
const hostileQueries = CONTROL.map(
  (c) => `?q=${encodeURIComponent(`a${c}b`)}&t=${encodeURIComponent(c)}&next=${encodeURIComponent(`/${c}/x`)}`,
);

describe.each(routeModules.map((m) => [m.path, m] as const))('route %s, sent malformed requests', (path, module) => {
  it('answers below 500 and writes nothing, with control characters in its segments', async () => {
    const handlers = (await import(module.file)) as Record<string, unknown>;
    const before = await snapshot(shop.tenant.id);
    await actAs(shop.owner.id);
    const segments = [...CONTROL.map((c) => `a${c}b`), '%00', OVERSIZE.slice(0, 5000)];
    for (const method of METHODS) {
      const handler = handlers[method] as ((r: Request, ctx: unknown) => Promise<Response>) | undefined;
      if (!handler) continue;
      for (const segment of segments) {
        const response = await handler(new NextRequest(`http://localhost:3000/${path}`, { method }), {
          params: Promise.resolve(paramsFor(module, segment)),
        });
        expect(response.status, `${method} ${path} with ${JSON.stringify(segment.slice(0, 8))}`).toBeLessThan(500);
      }
      const url = `http://localhost:3000/${path.replace(/\/route\.ts$/, '')}`;
      const params = () =>
        Promise.resolve(paramsFor(module, module.params.includes('tenant') ? shop.tenant.slug : 'x'));
      for (const query of hostileQueries) {
        const response = await handler(new NextRequest(`${url}${query}`, { method }), { params: params() });
        expect(response.status, `${method} ${path}${query}`).toBeLessThan(500);
      }
      if (method === 'GET') continue;
      for (const [label, headers, body] of hostileBodies) {
        const response = await handler(new NextRequest(url, { method, headers, body }), { params: params() });
        expect(response.status, `${method} ${path}: ${label}`).toBeLessThan(500);
      }
    }
    expect(await writtenRows()).toBe(0);
    expect(await snapshot(shop.tenant.id)).toBe(before);
  });
});

const pageModules = [...appFiles('page'), ...appFiles('layout')].filter((f) => f.params.length > 0);

describe.each(pageModules.map((m) => [m.path, m] as const))('page %s, with hostile URL segments', (_path, module) => {
  it('renders or answers not-found, never a 500', async () => {
    const page = ((await import(module.file)) as { default: (props: object) => Promise<unknown> }).default;
    await actAs(shop.owner.id);
    for (const segment of [...CONTROL.map((c) => `a${c}b`), OVERSIZE.slice(0, 5000)]) {
      for (const name of module.params) {
        const params = { ...paramsFor(module, 'x'), ...shop.params, code: shop.order.code, [name]: segment };
        await answerOf(() =>
          page({ params: Promise.resolve(params), searchParams: Promise.resolve({ t: segment }), children: null }),
        );
      }
    }
  });
});
