import type { z } from 'zod';
import type { Role } from '@/db/schema';
import { actionError, readForm, validatedAction, type ActionResult } from '@/lib/actions/validated-action';
import type { Member } from './memberships';
import { checkMember } from './require-member';

/**
 * A server action for staff of the pizzeria named by the form's `tenant` field: the membership and
 * role are checked before the input is even parsed, then `run` gets the parsed input and the
 * member (use `member.tenant.id` for every read and write).
 */
export function memberAction<S extends z.ZodType, T extends object>(
  schema: S,
  roles: readonly Role[],
  run: (input: z.infer<S>, member: Member) => Promise<ActionResult<T>>,
) {
  const action = async (previous: unknown, formData: FormData): Promise<ActionResult<T>> => {
    const form = readForm(formData);
    if (!('fields' in form)) return form;
    const check = await checkMember(form.fields.tenant ?? null, roles);
    if (!check.ok) return actionError(check.error.code, check.error.message);
    return validatedAction(schema, (input) => run(input, check.member))(previous, formData);
  };
  // Readable by the isolation tests, which check every action against every role.
  return Object.assign(action, { roles });
}
