import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { memberships, users } from '@/db/schema';
import { newPasswordSchema } from '@/lib/auth/change-password';
import { hashPassword } from '@/lib/auth/password';
import { type DomainError, fail, type Result } from '@/lib/result';

export const ROLE_LABELS = { owner: 'Dono', manager: 'Gerente', kitchen: 'Cozinha' } as const;

export const addStaffSchema = z.object({
  name: z.string({ error: 'Informe o nome.' }).trim().min(1, 'Informe o nome.').max(80, 'Nome com até 80 caracteres.'),
  email: z
    .string({ error: 'Informe o e-mail.' })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'Informe um e-mail válido.' }).max(120, 'E-mail longo demais.')),
  password: newPasswordSchema,
  role: z.enum(['owner', 'manager', 'kitchen'], { error: 'Escolha a função: dono, gerente ou cozinha.' }),
});
export type AddStaff = z.infer<typeof addStaffSchema>;

export const staffUserIdSchema = z.object({ userId: z.uuid({ error: 'Pessoa não encontrada.' }) });

export function listStaff(tenantId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, tenantId))
    .orderBy(asc(users.name));
}

export type StaffResult = Result<
  { existingAccount?: boolean },
  DomainError<'already_member' | 'not_found' | 'last_owner'>
>;

/**
 * Gives someone a role here. A new e-mail gets an account with the given password; an e-mail
 * that already has one (staff of another pizzeria) keeps its own password.
 */
export async function addStaff(tenantId: string, input: AddStaff): Promise<StaffResult> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash })
      .onConflictDoNothing({ target: users.email });
    const [user] = await tx
      .select({ id: users.id, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, input.email));
    const added = await tx
      .insert(memberships)
      .values({ userId: user!.id, tenantId, role: input.role })
      .onConflictDoNothing()
      .returning({ userId: memberships.userId });
    if (added.length === 0) return fail({ code: 'already_member', message: 'Esta pessoa já faz parte da equipe.' });
    return { ok: true as const, existingAccount: user!.passwordHash !== passwordHash };
  });
}

/** Takes someone off this pizzeria's team; the last owner stays, so the pizzeria is never orphaned. */
export async function removeStaff(tenantId: string, userId: string): Promise<StaffResult> {
  return db.transaction(async (tx) => {
    // Locks the owners, so two owners removing each other at once cannot leave none.
    const owners = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, 'owner')))
      .for('update');
    const isOwner = owners.some((o) => o.userId === userId);
    if (isOwner && owners.length === 1) {
      return fail({
        code: 'last_owner',
        message: 'A pizzaria precisa de pelo menos um dono. Adicione outro dono antes.',
      });
    }
    const removed = await tx
      .delete(memberships)
      .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)))
      .returning({ userId: memberships.userId });
    if (removed.length === 0) return fail({ code: 'not_found', message: 'Pessoa não encontrada na equipe.' });
    return { ok: true as const };
  });
}
