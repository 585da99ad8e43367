import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { log } from '@/lib/observability/log';
import { clientAddress } from '@/lib/http/client-address';
import { checkCredentials } from './credentials';
import { secureCookies, sessionSecret } from './secret';

/** Too many failed attempts: the sign-in page says so instead of "wrong password". */
class RateLimited extends CredentialsSignin {
  code = 'rate_limited';
}

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export const { handlers, signIn, signOut } = NextAuth({
  secret: sessionSecret,
  trustHost: true,
  useSecureCookies: secureCookies,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/entrar', error: '/entrar' },
  // A wrong password is an answer, not an error worth a stack trace.
  logger: {
    error: (error) =>
      error instanceof CredentialsSignin
        ? log.info({ code: error.code }, 'sign-in refused')
        : log.error({ err: error }, 'auth error'),
    warn: (code) => log.warn({ code }, 'auth warning'),
    debug: () => {},
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'E-mail' }, password: { label: 'Senha', type: 'password' } },
      async authorize(credentials, request) {
        const outcome = await checkCredentials(credentials, clientAddress(request.headers));
        if (outcome.ok) return outcome.user;
        if (outcome.error.code === 'rate_limited') throw new RateLimited();
        return null;
      },
    }),
  ],
  // The token carries who signed in (`sub`) and the user's session version (`sv`); memberships
  // are read per request, so removing someone from a pizzeria takes effect at once.
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      return token;
    },
  },
});
