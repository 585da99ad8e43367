import { forbidden, notFound, redirect } from 'next/navigation';
import type { Role } from '@/db/schema';
import { type DomainError, fail, type Result } from '@/lib/result';
import { findMembership, type Member } from './memberships';
import { isSessionCurrent, readSessionToken } from './session';

type Denied = DomainError<'unauthenticated' | 'forbidden' | 'not_found'> & { status: 401 | 403 | 404 };

export type MemberCheck = Result<{ member: Member }, Denied>;

const denied = {
  401: { status: 401, code: 'unauthenticated', message: 'Entre com sua conta para continuar.' },
  403: { status: 403, code: 'forbidden', message: 'Sua conta não tem permissão para isto.' },
  404: { status: 404, code: 'not_found', message: 'Pizzaria não encontrada.' },
} as const satisfies Record<number, Denied>;

/**
 * The one authorization check: the session's membership in the pizzeria of the URL, with one of
 * `roles`. Someone outside the pizzeria learns nothing (404), not even that it exists.
 */
export async function checkMember(tenantSlug: unknown, roles: readonly Role[]): Promise<MemberCheck> {
  const session = await readSessionToken();
  if (!session) return fail(denied[401]);
  const member =
    typeof tenantSlug === 'string' && tenantSlug.length <= 48 ? await findMembership(session, tenantSlug) : null;
  if (!member) {
    // The common path costs one query; telling a stale session from an outsider only happens on refusal.
    if (!(await isSessionCurrent(session))) return fail(denied[401]);
    return fail(denied[404]);
  }
  if (!roles.includes(member.role)) return fail(denied[403]);
  return { ok: true, member };
}

/** For pages: anonymous → sign-in (coming back to `nextPath`), outsider → 404, wrong role → 403. */
export async function requireMember(
  tenantSlug: string,
  roles: readonly Role[],
  nextPath = `/${tenantSlug}/admin`,
): Promise<Member> {
  const check = await checkMember(tenantSlug, roles);
  if (check.ok) return check.member;
  if (check.error.status === 401) redirect(`/entrar?next=${encodeURIComponent(nextPath)}`);
  if (check.error.status === 403) forbidden();
  notFound();
}

/** For route handlers: the member, or the JSON error response to return as is. */
export async function memberOrResponse(tenantSlug: string, roles: readonly Role[]) {
  const check = await checkMember(tenantSlug, roles);
  if (check.ok) return { member: check.member, response: null };
  return {
    member: null,
    response: Response.json(
      { error: { code: check.error.code, message: check.error.message } },
      { status: check.error.status },
    ),
  };
}
