import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { memberships, tenants, users } from '@/db/schema';
import { newPasswordSchema } from '@/lib/auth/change-password';
import { hashPassword } from '@/lib/auth/password';
import { createRateLimiter, type RateLimiter } from '@/lib/rate-limit';
import { type DomainError, fail, type Result } from '@/lib/result';
import {
  freshnessHoursSchema,
  holdSecondsSchema,
  pizzeriaNameSchema,
  slicesPerPizzaSchema,
  slugSchema,
} from './schemas';

export const signUpSchema = z.object({
  pizzeriaName: pizzeriaNameSchema,
  slug: slugSchema,
  defaultSlicesPerPizza: slicesPerPizzaSchema,
  holdSeconds: holdSecondsSchema,
  freshnessHours: freshnessHoursSchema,
  ownerName: z
    .string({ error: 'Informe seu nome.' })
    .trim()
    .min(1, 'Informe seu nome.')
    .max(80, 'Nome com até 80 caracteres.'),
  email: z
    .string({ error: 'Informe seu e-mail.' })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'Informe um e-mail válido.' }).max(120, 'E-mail longo demais.')),
  password: newPasswordSchema,
});
export type SignUp = z.infer<typeof signUpSchema>;

export type SignUpResult = Result<
  { tenantId: string; slug: string },
  DomainError<'rate_limited' | 'slug_taken' | 'email_taken'>
>;

/** A refusal that belongs beside one field of the sign-up form. */
const onField = <const C extends 'slug_taken' | 'email_taken'>(code: C, field: 'slug' | 'email', message: string) =>
  fail({ code, message, fields: { [field]: message } });

/** New pizzerias per client address: plenty for a person, too few for a script filling the database. */
const signUpLimiter = createRateLimiter({ prefix: 'signup', limit: 10, windowSeconds: 3600 });

/**
 * The one answer for an e-mail that already has an account, whoever is asking: sign-up never
 * checks its password (people with an account sign in first and open the pizzeria from there).
 */
const emailUnavailable = onField(
  'email_taken',
  'email',
  'Não foi possível usar este e-mail. Se você já tem conta, entre com ela primeiro.',
);

/** A new pizzeria and its owner (a new account) in one transaction. */
export async function signUpPizzeria(
  input: SignUp,
  address: string,
  deps: { limiter: RateLimiter } = { limiter: signUpLimiter },
): Promise<SignUpResult> {
  if (!(await deps.limiter.limit(address)).allowed) {
    return fail({
      code: 'rate_limited',
      message: 'Muitos cadastros feitos a partir desta conexão. Tente de novo daqui a uma hora.',
    });
  }
  // Hashed before anything is looked up, so a taken e-mail answers in the same time as a free one.
  const passwordHash = await hashPassword(input.password);
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
  // Never a password check here: that would be a second sign-in outside the sign-in limits.
  if (existing) return emailUnavailable;

  return db
    .transaction(async (tx) => {
      const [tenant] = await tx
        .insert(tenants)
        .values({
          slug: input.slug,
          name: input.pizzeriaName,
          defaultSlicesPerPizza: input.defaultSlicesPerPizza,
          holdSeconds: input.holdSeconds,
          maxHoldSeconds: Math.max(600, input.holdSeconds),
          freshnessHours: input.freshnessHours,
        })
        .onConflictDoNothing({ target: tenants.slug })
        .returning({ id: tenants.id });
      if (!tenant) return onField('slug_taken', 'slug', 'Este endereço já está em uso. Escolha outro.');

      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.ownerName, passwordHash })
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      // Someone signed up with this e-mail a moment ago: roll the pizzeria back too.
      if (!user) throw new EmailTaken();
      await tx.insert(memberships).values({ userId: user.id, tenantId: tenant.id, role: 'owner' });
      return { ok: true as const, tenantId: tenant.id, slug: input.slug };
    })
    .catch((error) => {
      if (error instanceof EmailTaken) return emailUnavailable;
      throw error;
    });
}

class EmailTaken extends Error {}
