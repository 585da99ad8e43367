import { headers } from 'next/headers';
import { getToken } from 'next-auth/jwt';
import { secureCookies, sessionSecret } from './secret';

/** The signed-in user's id from the session cookie (a JWT next-auth signed), or null. */
export async function currentUserId(): Promise<string | null> {
  const token = await getToken({ req: { headers: await headers() }, secret: sessionSecret, secureCookie: secureCookies });
  return typeof token?.sub === 'string' ? token.sub : null;
}
