import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { memberships, tenants, users } from '@/db/schema';
import { newPasswordSchema } from '@/lib/auth/change-password';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { createRateLimiter, type RateLimiter } from '@/lib/rate-limit';
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

export type SignUpResult =
  | { ok: true; tenantId: string; slug: string }
  | { ok: false; field: 'slug' | 'email'; message: string }
  | { ok: false; field: null; message: string };

/** New pizzerias per client address: plenty for a person, too few for a script filling the database. */
const signUpLimiter = createRateLimiter({ prefix: 'signup', limit: 10, windowSeconds: 3600 });

/**
 * A new pizzeria and its owner in one transaction. Someone who already has an account (staff
 * elsewhere) proves it with their password and becomes owner of the new one too.
 */
export async function signUpPizzeria(
  input: SignUp,
  address: string,
  deps: { limiter: RateLimiter } = { limiter: signUpLimiter },
): Promise<SignUpResult> {
  if (!(await deps.limiter.limit(address)).allowed) {
    return {
      ok: false,
      field: null,
      message: 'Muitos cadastros feitos a partir desta conexão. Tente de novo daqui a uma hora.',
    };
  }
  const [existing] = await db
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);
  if (existing && !(await verifyPassword(existing.passwordHash, input.password))) {
    return {
      ok: false,
      field: 'email',
      message: 'Este e-mail já tem conta. Use a senha dela, ou entre e peça acesso.',
    };
  }
  const passwordHash = existing ? null : await hashPassword(input.password);

  const emailTaken = {
    ok: false as const,
    field: 'email' as const,
    message: 'Este e-mail acabou de ser cadastrado. Entre com ele, ou use outro.',
  };
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
      if (!tenant)
        return { ok: false as const, field: 'slug' as const, message: 'Este endereço já está em uso. Escolha outro.' };

      let userId = existing?.id;
      if (!userId) {
        const [user] = await tx
          .insert(users)
          .values({ email: input.email, name: input.ownerName, passwordHash: passwordHash! })
          .onConflictDoNothing({ target: users.email })
          .returning({ id: users.id });
        // Someone signed up with this e-mail a moment ago: roll the pizzeria back too.
        if (!user) throw new EmailTaken();
        userId = user.id;
      }
      await tx.insert(memberships).values({ userId, tenantId: tenant.id, role: 'owner' });
      return { ok: true as const, tenantId: tenant.id, slug: input.slug };
    })
    .catch((error) => {
      if (error instanceof EmailTaken) return emailTaken;
      throw error;
    });
}

class EmailTaken extends Error {}
