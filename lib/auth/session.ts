import 'server-only';
import { and, eq } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { getToken } from 'next-auth/jwt';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { secureCookies, sessionSecret } from './secret';

export type SessionToken = { userId: string; sessionVersion: number };

/** Who the session cookie (a JWT next-auth signed) says is signed in, not yet checked against the database. */
export async function readSessionToken(): Promise<SessionToken | null> {
  // From cookies(), not the request headers: after an action signs in again (password change),
  // the page it re-renders must see the new cookie, not the one the request came with.
  const cookie = (await cookies())
    .getAll()
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
  const token = await getToken({ req: { headers: { cookie } }, secret: sessionSecret, secureCookie: secureCookies });
  if (typeof token?.sub !== 'string') return null;
  return { userId: token.sub, sessionVersion: typeof token.sv === 'number' ? token.sv : 0 };
}

/** False once the user changed their password (or was deleted) after this session was issued. */
export async function isSessionCurrent(session: SessionToken) {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, session.userId), eq(users.sessionVersion, session.sessionVersion)))
    .limit(1);
  return Boolean(user);
}

/** The signed-in user's id, or null. */
export async function currentUserId(): Promise<string | null> {
  const session = await readSessionToken();
  return session && (await isSessionCurrent(session)) ? session.userId : null;
}
