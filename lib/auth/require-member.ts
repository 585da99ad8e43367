import { forbidden, notFound, redirect } from 'next/navigation';
import type { Role } from '@/db/schema';
import { findMembership, type Member } from './memberships';
import { isSessionCurrent, readSessionToken } from './session';

export type MemberCheck =
  | { ok: true; member: Member }
  | { ok: false; status: 401 | 403 | 404; code: 'unauthenticated' | 'forbidden' | 'not_found'; message: string };

const denied = {
  401: { code: 'unauthenticated', message: 'Entre com sua conta para continuar.' },
  403: { code: 'forbidden', message: 'Sua conta não tem permissão para isto.' },
  404: { code: 'not_found', message: 'Pizzaria não encontrada.' },
} as const;

/**
 * The one authorization check: the session's membership in the pizzeria of the URL, with one of
 * `roles`. Someone outside the pizzeria learns nothing (404), not even that it exists.
 */
export async function checkMember(tenantSlug: unknown, roles: readonly Role[]): Promise<MemberCheck> {
  const session = await readSessionToken();
  if (!session) return { ok: false, status: 401, ...denied[401] };
  const member =
    typeof tenantSlug === 'string' && tenantSlug.length <= 48 ? await findMembership(session, tenantSlug) : null;
  if (!member) {
    // The common path costs one query; telling a stale session from an outsider only happens on refusal.
    if (!(await isSessionCurrent(session))) return { ok: false, status: 401, ...denied[401] };
    return { ok: false, status: 404, ...denied[404] };
  }
  if (!roles.includes(member.role)) return { ok: false, status: 403, ...denied[403] };
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
  if (check.status === 401) redirect(`/entrar?next=${encodeURIComponent(nextPath)}`);
  if (check.status === 403) forbidden();
  notFound();
}

/** For route handlers: the member, or the JSON error response to return as is. */
export async function memberOrResponse(tenantSlug: string, roles: readonly Role[]) {
  const check = await checkMember(tenantSlug, roles);
  if (check.ok) return { member: check.member, response: null };
  return {
    member: null,
    response: Response.json({ error: { code: check.code, message: check.message } }, { status: check.status }),
  };
}
