import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { checkMember, memberAction, requireMember, ROLES } from '@/lib/auth';
import { createTenant } from '../fixtures';
import { actAs, createUser, interruptOf, sendCookie } from './as-user';

vi.mock('next/headers', async () => (await import('./as-user')).fakeNextHeaders);

describe('checkMember', () => {
  it('resolves the membership of the tenant in the URL, with its role', async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const user = await createUser([
      { tenantId: a.id, role: 'owner' },
      { tenantId: b.id, role: 'kitchen' },
    ]);
    await actAs(user.id);
    expect(await checkMember(a.slug, ROLES.staffAdmin)).toMatchObject({
      ok: true,
      member: { tenant: { id: a.id }, role: 'owner', user: { id: user.id } },
    });
    // Same person, other pizzeria, other role: the role is per pizzeria.
    expect(await checkMember(b.slug, ROLES.staffAdmin)).toMatchObject({ ok: false, error: { status: 403 } });
    expect(await checkMember(b.slug, ROLES.kitchen)).toMatchObject({
      ok: true,
      member: { tenant: { id: b.id }, role: 'kitchen' },
    });
  });

  it('answers 404 for a pizzeria the user does not work at, and for one that does not exist', async () => {
    const [mine, theirs] = [await createTenant(), await createTenant()];
    await actAs((await createUser([{ tenantId: mine.id, role: 'owner' }])).id);
    expect(await checkMember(theirs.slug, ROLES.kitchen)).toMatchObject({ ok: false, error: { status: 404 } });
    expect(await checkMember('nao-existe-mesmo', ROLES.kitchen)).toMatchObject({ ok: false, error: { status: 404 } });
    expect(await checkMember(42, ROLES.kitchen)).toMatchObject({ ok: false, error: { status: 404 } });
  });

  it('treats a missing, forged or expired session as anonymous', async () => {
    const tenant = await createTenant();
    const user = await createUser([{ tenantId: tenant.id, role: 'owner' }]);
    await actAs(null);
    expect(await checkMember(tenant.slug, ROLES.kitchen)).toMatchObject({ ok: false, error: { status: 401 } });
    sendCookie(`authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..x.y.z`);
    expect(await checkMember(tenant.slug, ROLES.kitchen)).toMatchObject({ ok: false, error: { status: 401 } });
    await actAs(user.id, -60);
    expect(await checkMember(tenant.slug, ROLES.kitchen)).toMatchObject({ ok: false, error: { status: 401 } });
  });

  it('stops at once when the membership is removed', async () => {
    const tenant = await createTenant();
    const user = await createUser([{ tenantId: tenant.id, role: 'manager' }]);
    await actAs(user.id);
    expect((await checkMember(tenant.slug, ROLES.staffAdmin)).ok).toBe(true);
    const { db } = await import('@/db/client');
    const { memberships } = await import('@/db/schema');
    const { eq } = await import('drizzle-orm');
    await db.delete(memberships).where(eq(memberships.userId, user.id));
    expect(await checkMember(tenant.slug, ROLES.staffAdmin)).toMatchObject({ ok: false, error: { status: 404 } });
  });
});

describe('requireMember (pages)', () => {
  it('sends anonymous people to sign-in with the way back, outsiders to 404 and the wrong role to 403', async () => {
    const [tenant, other] = [await createTenant(), await createTenant()];
    const cook = await createUser([{ tenantId: tenant.id, role: 'kitchen' }]);
    await actAs(null);
    expect(await interruptOf(() => requireMember(tenant.slug, ROLES.staffAdmin, `/${tenant.slug}/admin/pedidos`))).toBe(
      `redirect:/entrar?next=${encodeURIComponent(`/${tenant.slug}/admin/pedidos`)}`,
    );
    await actAs(cook.id);
    expect(await interruptOf(() => requireMember(tenant.slug, ROLES.staffAdmin))).toBe('http:403');
    expect(await interruptOf(() => requireMember(other.slug, ROLES.kitchen))).toBe('http:404');
    expect(await interruptOf(() => requireMember(tenant.slug, ROLES.kitchen))).toBe('rendered');
  });
});

describe('memberAction', () => {
  const form = (entries: Record<string, string>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(entries)) fd.append(k, v);
    return fd;
  };

  it('checks the member before parsing, then runs with the tenant from the membership', async () => {
    const [tenant, other] = [await createTenant(), await createTenant()];
    await actAs((await createUser([{ tenantId: tenant.id, role: 'owner' }])).id);
    const run = vi.fn(async (input: { n: number }, member: { tenant: { id: string } }) => ({
      ok: true as const,
      n: input.n,
      tenantId: member.tenant.id,
    }));
    const action = memberAction(
      z.object({ n: z.coerce.number().int('Número inteiro, por favor.') }),
      ROLES.ownerOnly,
      run,
    );

    expect(await action(null, form({ tenant: tenant.slug, n: '3' }))).toEqual({ ok: true, n: 3, tenantId: tenant.id });
    expect(await action(null, form({ tenant: tenant.slug, n: '3.5' }))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { n: 'Número inteiro, por favor.' } },
    });
    expect(await action(null, form({ tenant: other.slug, n: 'x' }))).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await action(null, form({ n: '1' }))).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await actAs(null);
    expect(await action(null, form({ tenant: tenant.slug, n: '1' }))).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    expect(run).toHaveBeenCalledTimes(1);
  });
});
