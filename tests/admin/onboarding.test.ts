import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { memberships, tenants } from '@/db/schema';
import { signUpAction } from '@/app/cadastro/actions';
import { checkCredentials } from '@/lib/auth/credentials';
import { listFlavorsOnSale } from '@/lib/inventory';
import { signUpPizzeria, type SignUp } from '@/lib/tenants/onboarding';
import { RESERVED_SLUGS } from '@/lib/tenants/schemas';
import { checkSlug } from '@/lib/tenants/slug';
import { createUser } from '../auth/as-user';
import { createTenant } from '../fixtures';

vi.mock('next/headers', async () => (await import('../auth/as-user')).fakeNextHeaders);

const signUp = (over: Partial<SignUp> = {}): SignUp => ({
  pizzeriaName: 'Pizzaria Nova',
  slug: `nova-${randomUUID().slice(0, 8)}`,
  defaultSlicesPerPizza: 6,
  holdSeconds: 180,
  freshnessHours: 3,
  ownerName: 'Dona Nova',
  email: `dona-${randomUUID().slice(0, 8)}@nova.com.br`,
  password: 'senha-da-dona',
  ...over,
});
const address = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const tenantCount = async () => (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM tenants`))[0]!.n;

describe('sign-up', () => {
  it('creates the pizzeria with its settings and its owner, who can sign in at once', async () => {
    const input = signUp();
    const created = await signUpPizzeria(input, address());
    expect(created).toMatchObject({ ok: true, slug: input.slug });
    const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, input.slug));
    expect(tenant).toMatchObject({
      name: 'Pizzaria Nova',
      defaultSlicesPerPizza: 6,
      holdSeconds: 180,
      freshnessHours: 3,
      isOpen: true,
    });
    const owners = await db.select().from(memberships).where(eq(memberships.tenantId, tenant!.id));
    expect(owners).toEqual([expect.objectContaining({ role: 'owner' })]);
    expect(await checkCredentials({ email: input.email, password: input.password }, '10.1.1.1')).toMatchObject({
      ok: true,
    });
    expect(await listFlavorsOnSale(tenant!.id)).toEqual([]); // the storefront answers, empty
  });

  it('says live whether an address is free, well formed and not reserved', async () => {
    const taken = await createTenant();
    expect(await checkSlug(taken.slug)).toEqual({
      available: false,
      message: 'Este endereço já está em uso. Escolha outro.',
    });
    expect(await checkSlug('Pizza Boa')).toMatchObject({
      available: false,
      message: expect.stringMatching(/^Use só letras/),
    });
    expect(await checkSlug('entrar')).toMatchObject({
      available: false,
      message: 'Este endereço é reservado. Escolha outro.',
    });
    expect(await checkSlug('ab')).toMatchObject({ available: false });
    expect(await checkSlug(`livre-${randomUUID().slice(0, 6)}`)).toMatchObject({ available: true });
  });

  it('reserves every top-level path the app serves, so a new page cannot hide a pizzeria', async () => {
    const topLevel = (await readdir(fileURLToPath(new URL('../../app', import.meta.url)), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && !/^[[(_]/.test(entry.name))
      .map((entry) => entry.name);
    expect(topLevel.length).toBeGreaterThan(3);
    for (const name of topLevel) expect(RESERVED_SLUGS, name).toContain(name);
  });

  it('refuses a taken address and writes nothing, not even the owner', async () => {
    const taken = await createTenant();
    const input = signUp({ slug: taken.slug });
    expect(await signUpPizzeria(input, address())).toMatchObject({
      ok: false,
      error: { code: 'slug_taken', fields: { slug: 'Este endereço já está em uso. Escolha outro.' } },
    });
    expect(await checkCredentials({ email: input.email, password: input.password }, '10.1.1.2')).toMatchObject({
      ok: false,
    });
  });

  it('never checks the password of an existing account: right or wrong, the same answer, nothing written', async () => {
    const first = await createTenant();
    const user = await createUser([{ tenantId: first.id, role: 'kitchen' }]);
    const before = await tenantCount();
    const wrong = await signUpPizzeria(signUp({ email: user.email, password: 'nao-e-a-senha' }), address());
    const right = await signUpPizzeria(signUp({ email: user.email, password: user.password }), address());
    expect(wrong).toMatchObject({ ok: false, error: { code: 'email_taken', fields: { email: expect.any(String) } } });
    expect(right).toEqual(wrong);
    expect(await tenantCount()).toBe(before);
    const places = await db.select().from(memberships).where(eq(memberships.userId, user.id));
    expect(places.map((p) => p.role)).toEqual(['kitchen']);
  });

  it('limits sign-ups per client address, writing nothing past the limit', async () => {
    const { createMemoryRateLimiter } = await import('@/lib/rate-limit');
    const limiter = createMemoryRateLimiter({ prefix: 'signup-test', limit: 2, windowSeconds: 3600 });
    const ip = address();
    expect((await signUpPizzeria(signUp(), ip, { limiter })).ok).toBe(true);
    expect((await signUpPizzeria(signUp(), ip, { limiter })).ok).toBe(true);
    const before = await tenantCount();
    expect(await signUpPizzeria(signUp(), ip, { limiter })).toMatchObject({
      ok: false,
      error: { code: 'rate_limited', message: expect.stringMatching(/^Muitos cadastros/) },
    });
    expect(await tenantCount()).toBe(before);
    expect((await signUpPizzeria(signUp(), address(), { limiter })).ok).toBe(true);
  });

  it('answers bad input on the form field by field in pt-BR, and creates nothing', async () => {
    const before = await tenantCount();
    const fd = new FormData();
    for (const [k, v] of Object.entries({
      pizzeriaName: '',
      slug: '-x-',
      defaultSlicesPerPizza: '3',
      holdSeconds: 'abc',
      freshnessHours: '48',
      ownerName: '',
      email: 'x',
      password: '123',
    }))
      fd.append(k, v);
    const result = await signUpAction(null, fd);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          pizzeriaName: 'Informe o nome da pizzaria.',
          defaultSlicesPerPizza: 'Cada pizza precisa ter no mínimo 4 pedaços.',
          holdSeconds: 'Informe o tempo de reserva.',
          freshnessHours: 'A validade da pizza aberta precisa ser de no máximo 24 horas.',
          ownerName: 'Informe seu nome.',
          email: 'Informe um e-mail válido.',
          password: 'A senha precisa de pelo menos 8 caracteres.',
        },
      },
    });
    expect(await tenantCount()).toBe(before);
  });
});
