import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { type DomainError, fail, type Result } from '@/lib/result';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password';
import { passwordAttempt } from './rate-limit';

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `A senha precisa de pelo menos ${MIN_PASSWORD_LENGTH} caracteres.`)
  .max(200, 'Senha longa demais.');

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Informe sua senha atual.').max(200, 'Senha longa demais.'),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    message: 'As duas senhas novas não são iguais.',
    path: ['confirmPassword'],
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    message: 'A senha nova precisa ser diferente da atual.',
    path: ['newPassword'],
  });

export type ChangePasswordOutcome = Result<
  { email: string },
  DomainError<'wrong_password'> | (DomainError<'rate_limited'> & { retryAfterSeconds: number })
>;

const wrongPassword = () =>
  fail({
    code: 'wrong_password',
    message: 'Senha atual incorreta.',
    fields: { currentPassword: 'Senha atual incorreta.' },
  });

/**
 * Replaces the user's password if the current one is right, and ends every session issued before.
 * Guessing the current password counts against the same limits as signing in.
 */
export async function changePassword(
  userId: string,
  currentPassword: string,
  newPassword: string,
  address: string,
): Promise<ChangePasswordOutcome> {
  const [user] = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return wrongPassword();
  const attempt = await passwordAttempt(user.email, address);
  if (!attempt.allowed) {
    const { retryAfterSeconds } = attempt;
    const message = `Muitas tentativas. Tente de novo em ${Math.ceil(retryAfterSeconds / 60)} min.`;
    return fail({ code: 'rate_limited', message, retryAfterSeconds });
  }
  if (!(await verifyPassword(user.passwordHash, currentPassword))) return wrongPassword();
  await attempt.succeeded();
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(newPassword), sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
  return { ok: true, email: user.email };
}
