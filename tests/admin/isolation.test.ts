import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ActionResult } from '@/lib/actions/validated-action';
import { API_SCOPES } from '@/db/schema';
import { createApiKey, revokeApiKey } from '@/lib/api/keys';
import { openApiDocument } from '@/lib/api/openapi';
import { ROLES } from '@/lib/auth';
import { actAs, interruptOf } from '../auth/as-user';
import { appFiles, declaredRoles, isStaffOnly, type AppFile } from './app-files';
import { createShop, snapshot, type Shop } from './world';

vi.mock('next/headers', async () => (await import('../auth/as-user')).fakeNextHeaders);
// Outside a Next request there is no cache to revalidate.
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

type Action = ((previous: unknown, formData: FormData) => Promise<ActionResult>) & { roles?: readonly string[] };
type PageModule = { default: (props: object) => Promise<unknown> };

const pages = [...appFiles('page'), ...appFiles('layout')].filter(isStaffOnly);
const routes = appFiles('route').filter(isStaffOnly);
const actionModules = appFiles('actions').filter(isStaffOnly);
/** Actions that create in the caller's own pizzeria: with another's ids they may succeed, but only at home. */
const CREATE_AT_HOME = new Set([
  'createProductAction',
  'addStaffAction',
  'saveSettingsAction',
  'saveMercadoPagoAction',
  'createApiKeyAction',
]);

let a: Shop;
let b: Shop;
beforeAll(async () => {
  [a, b] = [await createShop(), await createShop()];
});

const paramsOf = (file: AppFile, shop: Shop, tenantSlug = shop.tenant.slug) => {
  const params: Record<string, string> = {};
  for (const name of file.params) {
    if (!(name in shop.params)) throw new Error(`${file.path}: teach tests/admin/world.ts what [${name}] is`);
    params[name] = name === 'tenant' ? tenantSlug : shop.params[name]!;
  }
  return params;
};

const render = async (file: AppFile, params: Record<string, string>) => {
  const page = ((await import(file.file)) as PageModule).default;
  return interruptOf(() =>
    page({ params: Promise.resolve(params), searchParams: Promise.resolve({}), children: null }),
  );
};

async function actionsOf(file: AppFile) {
  return Object.entries(await import(file.file)).filter(([, v]) => typeof v === 'function') as [string, Action][];
}

function form(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

/** Valid values for every field any admin form has, with `shop`'s ids. */
const goodForm = (shop: Shop, tenantSlug: string) =>
  form({
    ...shop.params,
    tenant: tenantSlug,
    name: 'Sabor Invasor',
    description: '',
    price: '10,00',
    slicesPerPizza: '8',
    active: 'false',
    email: `invasor-${Date.now()}@teste.com.br`,
    password: 'senha-do-invasor',
    role: 'owner',
    isOpen: 'false',
    holdSeconds: '300',
    freshnessHours: '2',
    reason: 'teste de isolamento',
    accessToken: 'APP_USR-1234567890123456-abcdef',
    webhookSecret: 'segredo-do-webhook-de-teste',
    move: 'start',
    from: 'PAID',
    scopes: 'read',
  });

describe('the enumeration finds the staff routes', () => {
  it('sees every admin page, and each names its roles and knows its params', () => {
    const paths = pages.map((p) => p.path);
    for (const expected of [
      '[tenant]/admin/page.tsx',
      '[tenant]/admin/layout.tsx',
      '[tenant]/admin/cardapio/[productId]/page.tsx',
      '[tenant]/admin/equipe/page.tsx',
      '[tenant]/admin/configuracoes/page.tsx',
    ]) {
      expect(paths).toContain(expected);
    }
    for (const page of pages) {
      expect(declaredRoles(page), `${page.path} must call requireMember(slug, ROLES.x)`).toBeTruthy();
      expect(() => paramsOf(page, b)).not.toThrow();
    }
    expect(actionModules.length).toBeGreaterThanOrEqual(4);
  });
});

describe.each(pages.map((p) => [p.path, p] as const))('page %s', (_path, page) => {
  const allowsKitchen = () =>
    (ROLES[declaredRoles(page) as keyof typeof ROLES] as readonly string[]).includes('kitchen');

  it('sends anonymous people to sign-in', async () => {
    await actAs(null);
    expect(await render(page, paramsOf(page, b))).toMatch(/^redirect:\/entrar\?next=/);
  });

  it("is 404 to another pizzeria's owner, by slug and by raw ids", async () => {
    const before = await snapshot(b.tenant.id);
    await actAs(a.owner.id);
    expect(await render(page, paramsOf(page, b))).toBe('http:404');
    if (page.params.length > 1) expect(await render(page, paramsOf(page, b, a.tenant.slug))).toBe('http:404');
    expect(await snapshot(b.tenant.id)).toBe(before);
  });

  it('is 403 to the kitchen unless it is a kitchen page, and renders for the owner', async () => {
    await actAs(b.kitchen.id);
    expect(await render(page, paramsOf(page, b))).toBe(allowsKitchen() ? 'rendered' : 'http:403');
    await actAs(b.owner.id);
    expect(await render(page, paramsOf(page, b))).toBe('rendered');
  });
});

describe.each(actionModules.map((m) => [m.path, m] as const))('actions in %s', (_path, module) => {
  it('are all memberActions, naming their roles', async () => {
    const actions = await actionsOf(module);
    expect(actions.length).toBeGreaterThan(0);
    for (const [name, action] of actions) expect(action.roles, `${name} must be built with memberAction`).toBeDefined();
  });

  it('refuse anonymous callers and other pizzerias, by slug and by raw ids, changing nothing', async () => {
    for (const [name, action] of await actionsOf(module)) {
      const before = await snapshot(b.tenant.id);
      await actAs(null);
      expect(await action(null, goodForm(b, b.tenant.slug)), name).toMatchObject({
        ok: false,
        error: { code: 'unauthenticated' },
      });
      await actAs(a.owner.id);
      expect(await action(null, goodForm(b, b.tenant.slug)), name).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
      const atHome = await action(null, goodForm(b, a.tenant.slug));
      if (!CREATE_AT_HOME.has(name)) expect(atHome.ok, `${name} with another pizzeria's ids`).toBe(false);
      expect(await snapshot(b.tenant.id), name).toBe(before);
    }
  });

  it('are 403 to the kitchen when the role is not allowed, changing nothing', async () => {
    for (const [name, action] of await actionsOf(module)) {
      if (action.roles!.includes('kitchen')) continue;
      const before = await snapshot(b.tenant.id);
      await actAs(b.kitchen.id);
      expect(await action(null, goodForm(b, b.tenant.slug)), name).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      if (!action.roles!.includes('manager')) {
        await actAs(b.manager.id);
        expect(await action(null, goodForm(b, b.tenant.slug)), name).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
      expect(await snapshot(b.tenant.id), name).toBe(before);
    }
  });

  it('answer bad input with pt-BR messages per field and write nothing', async () => {
    const garbage = form({
      tenant: b.tenant.slug,
      productId: 'x',
      batchId: '1; drop table',
      orderId: 'nope',
      userId: '42',
      name: '',
      price: 'doze reais',
      slicesPerPizza: '99',
      active: 'talvez',
      email: 'não-é-email',
      password: '1',
      role: 'chef',
      isOpen: 'às vezes',
      holdSeconds: '5',
      freshnessHours: '0',
      reason: '',
      accessToken: 'x',
      webhookSecret: '',
      move: 'dançar',
    });
    for (const [name, action] of await actionsOf(module)) {
      const before = await snapshot(b.tenant.id);
      await actAs(b.owner.id);
      const result = await action(null, garbage);
      expect(result, name).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: 'Confira os campos destacados.' },
      });
      const fields = result.ok ? {} : (result.error.fields ?? {});
      expect(Object.keys(fields).length, name).toBeGreaterThan(0);
      for (const message of Object.values(fields)) {
        // A sentence in Portuguese, not zod's English default ("Invalid input: expected …").
        expect(message, name).toMatch(/^[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\s\S]*\.$/);
        expect(message, name).not.toMatch(/\b(Invalid|expected|Expected|Required|Too (small|big))\b/);
      }
      expect(await snapshot(b.tenant.id), name).toBe(before);
    }
  });
});

describe('route handlers', () => {
  it('every staff route handler answers 401 to anonymous callers and 404 to other pizzerias', async () => {
    for (const route of routes) {
      const handlers = Object.entries(await import(route.file)).filter(([method]) =>
        /^(GET|POST|PUT|PATCH|DELETE)$/.test(method),
      ) as [string, (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>][];
      for (const [method, handler] of handlers) {
        const before = await snapshot(b.tenant.id);
        const call = () =>
          handler(new Request('http://localhost/x', { method, body: method === 'GET' ? undefined : '{}' }), {
            params: Promise.resolve(paramsOf(route, b)),
          });
        await actAs(null);
        expect((await call()).status, `${method} ${route.path}`).toBe(401);
        await actAs(a.owner.id);
        expect((await call()).status, `${method} ${route.path}`).toBe(404);
        expect(await snapshot(b.tenant.id)).toBe(before);
      }
    }
  });
});

describe('public API route handlers (app/api/v1), found on disk and scoped by the OpenAPI document', () => {
  const paths = openApiDocument().paths as Record<string, Record<string, { security: { apiKey: string[] }[] }>>;
  const apiRoutes = appFiles('route').filter((f) => f.path.startsWith('api/v1/'));
  const templateOf = (f: AppFile) => f.path.slice('api/v1'.length, -'/route.ts'.length).replace(/\[(\w+)\]/g, '{$1}');
  const documented = apiRoutes.filter((f) => templateOf(f) in paths);
  const keyOf = async (scopes: (typeof API_SCOPES)[number][]) => {
    const made = await createApiKey(b.tenant.id, { name: 'Isolamento', scopes }, null);
    if (!made.ok) throw new Error(made.error.message);
    return made.key;
  };
  let revoked: string;
  let withoutScope: Record<string, string>;
  beforeAll(async () => {
    const made = await createApiKey(b.tenant.id, { name: 'Revogada', scopes: [...API_SCOPES] }, null);
    if (!made.ok) throw new Error(made.error.message);
    await revokeApiKey(b.tenant.id, made.apiKey.id, null);
    revoked = made.key;
    withoutScope = Object.fromEntries(
      await Promise.all(API_SCOPES.map(async (s) => [s, await keyOf(API_SCOPES.filter((o) => o !== s))] as const)),
    );
  });

  it('finds the API routes, every one but the document and its reference page needing a key', () => {
    expect(documented.length).toBeGreaterThanOrEqual(8);
    expect(apiRoutes.filter((f) => !documented.includes(f)).map((f) => f.path)).toEqual(
      expect.arrayContaining(['api/v1/openapi.json/route.ts', 'api/v1/docs/route.ts']),
    );
  });

  it.each(documented.map((f) => [templateOf(f), f] as const))(
    '%s: no key, a revoked key, a key without the scope: refused; another pizzeria’s key never reaches this one',
    async (template, route) => {
      const params = { code: b.order.code, id: b.batch.id };
      const body = JSON.stringify({
        items: [{ productId: b.product.id, quantity: 1 }],
        customer: { name: 'Invasor', phone: '(11) 91234-5678', email: 'invasor@teste.com.br' },
        method: 'pix',
        productId: b.product.id,
        move: 'start',
      });
      const handlers = Object.entries(await import(route.file)).filter(([m]) =>
        /^(GET|POST|PUT|PATCH|DELETE)$/.test(m),
      ) as [string, (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>][];
      for (const [method, handler] of handlers) {
        const scope = paths[template]![method.toLowerCase()]!.security[0]!.apiKey[0]!;
        const call = (key: string | null) =>
          handler(
            new Request(`http://localhost/api/v1${template}`, {
              method,
              headers: {
                'content-type': 'application/json',
                'idempotency-key': `isolation-${randomUUID()}`,
                ...(key ? { authorization: `Bearer ${key}` } : {}),
              },
              body: method === 'GET' ? undefined : body,
            }),
            { params: Promise.resolve(params) },
          );
        const before = await snapshot(b.tenant.id);
        const label = `${method} ${template}`;
        expect((await call(null)).status, label).toBe(401);
        expect((await call(revoked)).status, label).toBe(401);
        expect((await call(withoutScope[scope]!)).status, label).toBe(403);
        const foreign = await call(a.apiKey);
        expect(foreign.status, label).toBeLessThan(500);
        expect(foreign.status === 201 || foreign.status === 200 ? 'answered' : 'refused', label).toBe(
          template.includes('{') || method === 'POST' ? 'refused' : 'answered',
        );
        const text = await foreign.text();
        // Nothing of the other pizzeria that the caller did not send itself.
        for (const own of [b.product.name, b.order.id, b.tenant.slug]) expect(text, label).not.toContain(own);
        expect(await snapshot(b.tenant.id), label).toBe(before);
      }
    },
  );
});
