// The request a server component, action or route handler sees, for tests: `next/headers` is
// swapped for this module (vi.mock), and the session cookie is a real JWT next-auth would issue.
import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { db } from '@/db/client';
import { memberships, users, type Role } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { sessionSecret } from '@/lib/auth/secret';

// next.config.js turns this on for the app (experimental.authInterrupts).
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const COOKIE = 'authjs.session-token';
let cookie = '';

export const fakeNextHeaders = {
  headers: async () => new Headers({ host: 'localhost:3000', ...(cookie ? { cookie } : {}) }),
  cookies: async () => {
    const all = cookie
      ? cookie
          .split('; ')
          .map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1) }))
      : [];
    return {
      getAll: () => all,
      get: (name: string) => all.find((c) => c.name === name),
      has: (name: string) => all.some((c) => c.name === name),
      set: () => {},
    };
  },
};

/** Every request from here on is this user's (null: anonymous). */
export async function actAs(userId: string | null, maxAge = 3600, sessionVersion = 0) {
  cookie = userId
    ? `${COOKIE}=${await encode({ token: { sub: userId, sv: sessionVersion }, secret: sessionSecret, salt: COOKIE, maxAge })}`
    : '';
}

/** A raw cookie header, to try forged sessions. */
export function sendCookie(raw: string) {
  cookie = raw;
}

export async function createUser(roles: { tenantId: string; role: Role }[] = [], password = 'senha-de-teste-1') {
  const [user] = await db
    .insert(users)
    .values({
      email: `u-${randomUUID().slice(0, 12)}@teste.com.br`,
      name: 'Pessoa Teste',
      passwordHash: await hashPassword(password),
    })
    .returning();
  if (roles.length > 0) await db.insert(memberships).values(roles.map((r) => ({ userId: user!.id, ...r })));
  return { ...user!, password };
}

/** The digest Next gives redirect()/notFound()/forbidden(), e.g. "NEXT_HTTP_ERROR_FALLBACK;404". */
export async function interruptOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'rendered';
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (!digest) throw error;
    return digest.startsWith('NEXT_REDIRECT')
      ? `redirect:${digest.split(';')[2]}`
      : digest.replace('NEXT_HTTP_ERROR_FALLBACK;', 'http:');
  }
}
