'use server';

import { revalidatePath } from 'next/cache';
import { memberAction, ROLES } from '@/lib/auth';
import { addStaff, addStaffSchema, removeStaff, staffUserIdSchema, type StaffResult } from '@/lib/staff/team';

function answer(result: StaffResult, slug: string) {
  if (!result.ok) return result;
  revalidatePath(`/${slug}/admin/equipe`);
  return { ok: true as const, existingAccount: result.existingAccount ?? false };
}

export const addStaffAction = memberAction(addStaffSchema, ROLES.ownerOnly, async (input, { tenant }) =>
  answer(await addStaff(tenant.id, input), tenant.slug),
);

export const removeStaffAction = memberAction(staffUserIdSchema, ROLES.ownerOnly, async ({ userId }, { tenant }) =>
  answer(await removeStaff(tenant.id, userId), tenant.slug),
);
