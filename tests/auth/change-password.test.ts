import { describe, expect, it, vi } from 'vitest';
import { changePasswordAction } from '@/app/conta/senha/actions';
import { checkCredentials } from '@/lib/auth/credentials';
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
    expect(await changePasswordAction(null, form({ currentPassword: 'errada', newPassword: 'nova-senha-123', confirmPassword: 'nova-senha-123' }))).toMatchObject({
      ok: false,
      error: { fields: { currentPassword: 'Senha atual incorreta.' } },
    });
    expect(await changePasswordAction(null, form({ currentPassword: user.password, newPassword: 'nova-senha-123', confirmPassword: 'nova-senha-123' }))).toEqual({ ok: true });
    expect(await checkCredentials({ email: user.email, password: 'nova-senha-123' }, '10.3.0.1')).toMatchObject({ ok: true });
    expect(await checkCredentials({ email: user.email, password: user.password }, '10.3.0.1')).toMatchObject({ ok: false });
  });

  it('answers bad input in pt-BR and changes nothing; anonymous callers change nothing', async () => {
    const user = await createUser();
    await actAs(user.id);
    expect(await changePasswordAction(null, form({ currentPassword: '', newPassword: 'curta', confirmPassword: 'outra' }))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { currentPassword: 'Informe sua senha atual.', newPassword: 'A senha precisa de pelo menos 8 caracteres.' } },
    });
    await actAs(null);
    expect(await changePasswordAction(null, form({ currentPassword: user.password, newPassword: 'nova-senha-123', confirmPassword: 'nova-senha-123' }))).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    expect(await checkCredentials({ email: user.email, password: user.password }, '10.3.0.2')).toMatchObject({ ok: true });
  });
});
