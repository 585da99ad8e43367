import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkCredentials } from '@/lib/auth/credentials';
import { SIGN_IN_LIMITS } from '@/lib/auth/rate-limit';
import { createUser } from './as-user';

const address = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe('checkCredentials', () => {
  // The sliding window weighs the previous window's failures down, rounding down, as soon as a new
  // window starts: a loop of failures that crosses a boundary counts one short. Date stands still in
  // the middle of one window here, so the counts are exact however slow the machine is.
  beforeEach(() => {
    const window = SIGN_IN_LIMITS.windowSeconds * 1000;
    const middle = Math.floor(Date.now() / window) * window + window / 2;
    vi.useFakeTimers({ toFake: ['Date'], now: middle });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('signs in with the right password, whatever the e-mail case, and refuses a wrong one or an unknown e-mail', async () => {
    const user = await createUser();
    const ip = address();
    expect(await checkCredentials({ email: user.email.toUpperCase(), password: user.password }, ip)).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: user.name, sessionVersion: 0 },
    });
    expect(await checkCredentials({ email: user.email, password: 'outra-senha' }, ip)).toEqual({
      ok: false,
      error: { code: 'invalid_credentials', message: 'E-mail ou senha incorretos.' },
    });
    expect(await checkCredentials({ email: `ninguem-${randomUUID()}@x.com`, password: 'qualquer' }, ip)).toEqual({
      ok: false,
      error: { code: 'invalid_credentials', message: 'E-mail ou senha incorretos.' },
    });
    expect(await checkCredentials({ email: 'não é e-mail', password: '' }, ip)).toEqual({
      ok: false,
      error: { code: 'invalid_credentials', message: 'E-mail ou senha incorretos.' },
    });
  });

  it('locks an e-mail out after repeated failures (in Redis), even with the right password then; successes never count', async () => {
    const user = await createUser();
    for (let i = 0; i < 10; i++)
      expect((await checkCredentials({ email: user.email, password: user.password }, address())).ok).toBe(true);
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i++) {
      expect(await checkCredentials({ email: user.email, password: 'errada' }, address())).toMatchObject({
        error: { code: 'invalid_credentials' },
      });
    }
    const locked = await checkCredentials({ email: user.email, password: user.password }, address());
    expect(locked).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(!locked.ok && locked.error.code === 'rate_limited' && locked.error.retryAt > Date.now()).toBe(true);
  });

  it('16 parallel guesses get at most 5 password checks: the attempt is counted before argon2 runs', async () => {
    const user = await createUser();
    const guesses = Array.from({ length: 15 }, (_, i) => `errada-${i}`);
    // The right password is one of the 16, sent together with the wrong ones.
    const all = [...guesses.slice(0, 8), user.password, ...guesses.slice(8)];
    const outcomes = await Promise.all(
      all.map((password) => checkCredentials({ email: user.email, password }, address())),
    );
    const checked = outcomes.filter((o) => o.ok || o.error.code === 'invalid_credentials');
    expect(checked.length).toBeLessThanOrEqual(SIGN_IN_LIMITS.perEmail);
    expect(outcomes.filter((o) => !o.ok && o.error.code === 'rate_limited').length).toBeGreaterThanOrEqual(
      16 - SIGN_IN_LIMITS.perEmail,
    );
  });

  it('locks out one address that tries many e-mails', async () => {
    const ip = address();
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++)
      await checkCredentials({ email: `x${i}-${randomUUID()}@x.com`, password: 'errada' }, ip);
    const user = await createUser();
    expect(await checkCredentials({ email: user.email, password: user.password }, ip)).toMatchObject({
      ok: false,
      error: { code: 'rate_limited' },
    });
    expect((await checkCredentials({ email: user.email, password: user.password }, address())).ok).toBe(true);
  });
});

describe('sign-in form', () => {
  it('answers an empty or malformed form in pt-BR before trying anything', async () => {
    const { signInAction } = await import('@/app/entrar/actions');
    const fd = new FormData();
    fd.append('email', 'não-é-email');
    fd.append('password', '');
    expect(await signInAction(null, fd)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { email: 'Informe um e-mail válido.', password: 'Informe sua senha.' } },
    });
  });
});
