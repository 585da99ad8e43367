import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { memberships, tenants, users, type Role, type Tenant } from '@/db/schema';
import type { SessionToken } from './session';
import { isSlugParam } from '@/lib/validation/params';

export type Member = {
  user: { id: string; email: string; name: string };
  tenant: Tenant;
  role: Role;
};

/**
 * The membership in the pizzeria at `tenantSlug` of the session's user, or null (unknown
 * pizzeria, not a member, or a session older than the user's last password change).
 */
export async function findMembership(session: SessionToken, tenantSlug: string): Promise<Member | null> {
  if (!isSlugParam(tenantSlug)) return null;
  const [row] = await db
    .select({ user: { id: users.id, email: users.email, name: users.name }, tenant: tenants, role: memberships.role })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.userId, session.userId),
        eq(users.sessionVersion, session.sessionVersion),
        eq(tenants.slug, tenantSlug),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Every pizzeria the user works at, for the switcher. */
export async function listMembershipsOf(userId: string) {
  return db
    .select({ slug: tenants.slug, name: tenants.name, role: memberships.role })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(tenants.name));
}

/** Where a role starts: the kitchen reaches the KDS only. */
export function homePathFor(slug: string, role: Role) {
  return role === 'kitchen' ? `/${slug}/kds` : `/${slug}/admin`;
}
