import { describe, expect, it, vi } from 'vitest';
import { changePasswordAction } from '@/app/conta/senha/actions';
import { checkMember, currentUserId, ROLES } from '@/lib/auth';
import { createTenant } from '../fixtures';
import { checkCredentials } from '@/lib/auth/credentials';
import { SIGN_IN_LIMITS } from '@/lib/auth/rate-limit';
import { actAs, createUser } from './as-user';

vi.mock('next/headers', async () => (await import('./as-user')).fakeNextHeaders);

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};

describe('password change', () => {
  it('needs the current password, then the new one signs in and the old one does not', async () => {
    const user = await createUser();
    await actAs(user.id);
    expect(
      await changePasswordAction(
        null,
        form({ currentPassword: 'errada', newPassword: 'nova-senha-123', confirmPassword: 'nova-senha-123' }),
      ),
    ).toMatchObject({
      ok: false,
      error: { fields: { currentPassword: 'Senha atual incorreta.' } },
    });
    expect(
      await changePasswordAction(
        null,
        form({ currentPassword: user.password, newPassword: 'nova-senha-123', confirmPassword: 'nova-senha-123' }),
      ),
    ).toEqual({ ok: true });
    expect(await checkCredentials({ email: user.email, password: 'nova-senha-123' }, '10.3.0.1')).toMatchObject({
      ok: true,
    });
    expect(await checkCredentials({ email: user.email, password: user.password }, '10.3.0.1')).toMatchObject({
      ok: false,
    });
  });

  it('ends every session issued before the change', async () => {
    const tenant = await createTenant();
    const user = await createUser([{ tenantId: tenant.id, role: 'owner' }]);
    await actAs(user.id);
    expect(
      await changePasswordAction(
        null,
        form({ currentPassword: user.password, newPassword: 'nova-senha-456', confirmPassword: 'nova-senha-456' }),
      ),
    ).toEqual({ ok: true });
    // The same cookie as before the change: a stolen session stops here.
    expect(await currentUserId()).toBeNull();
    expect(await checkMember(tenant.slug, ROLES.staffAdmin)).toMatchObject({ ok: false, error: { status: 401 } });
    // A session issued after it (what sign-in now hands out) goes on.
    await actAs(user.id, 3600, 1);
    expect(await checkMember(tenant.slug, ROLES.staffAdmin)).toMatchObject({ ok: true });
  });

  it('answers bad input in pt-BR and changes nothing; anonymous callers change nothing', async () => {
    const user = await createUser();
    await actAs(user.id);
    expect(
      await changePasswordAction(null, form({ currentPassword: '', newPassword: 'curta', confirmPassword: 'outra' })),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          currentPassword: 'Informe sua senha atual.',
          newPassword: 'A senha precisa de pelo menos 8 caracteres.',
        },
      },
    });
    await actAs(null);
    expect(
      await changePasswordAction(
        null,
        form({ currentPassword: user.password, newPassword: 'nova-senha-123', confirmPassword: 'nova-senha-123' }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    expect(await checkCredentials({ email: user.email, password: user.password }, '10.3.0.2')).toMatchObject({
      ok: true,
    });
  });

  it('guesses of the current password are limited like sign-in, even in parallel, and the right one is then refused too', async () => {
    const user = await createUser();
    await actAs(user.id);
    const guess = (currentPassword: string) =>
      changePasswordAction(
        null,
        form({ currentPassword, newPassword: 'nova-senha-789', confirmPassword: 'nova-senha-789' }),
      );
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => guess(`errada-${i}`)));
    const limited = outcomes.filter((o) => !o.ok && o.error.code === 'rate_limited');
    expect(limited.length).toBeGreaterThanOrEqual(12 - SIGN_IN_LIMITS.perEmail);
    expect(await guess(user.password)).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(await checkCredentials({ email: user.email, password: 'nova-senha-789' }, '10.3.0.9')).toMatchObject({
      ok: false,
    });
  });
});
