import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { type DomainError, fail, type Result } from '@/lib/result';
import { emailAddress } from '@/lib/validation';
import { verifyPassword } from './password';
import { passwordAttempt } from './rate-limit';

export const signInSchema = z.object({
  email: emailAddress('Informe um e-mail válido.'),
  password: z.string().min(1, 'Informe sua senha.').max(200, 'Senha longa demais.'),
});

export type SignInOutcome = Result<
  { user: { id: string; email: string; name: string; sessionVersion: number } },
  DomainError<'invalid_credentials'> | (DomainError<'rate_limited'> & { retryAt: number })
>;

const invalidCredentials = () => fail({ code: 'invalid_credentials', message: 'E-mail ou senha incorretos.' });

/** Checks an e-mail and password under the sign-in rate limit; `address` is the client's IP. */
export async function checkCredentials(raw: unknown, address: string): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return invalidCredentials();
  const { email, password } = parsed.data;

  const attempt = await passwordAttempt(email, address);
  if (!attempt.allowed) {
    const message = `Muitas tentativas. Tente de novo em ${Math.ceil(attempt.retryAfterSeconds / 60)} min.`;
    return fail({ code: 'rate_limited', message, retryAt: Date.now() + attempt.retryAfterSeconds * 1000 });
  }

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
    return invalidCredentials();
  }
  await attempt.succeeded();
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
