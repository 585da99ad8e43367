'use server';

import { revalidatePath } from 'next/cache';
import { actionError } from '@/lib/actions/validated-action';
import { memberAction, ROLES } from '@/lib/auth';
import { settingsSchema, updateTenantSettings } from '@/lib/tenants/settings';

export const saveSettingsAction = memberAction(settingsSchema, ROLES.ownerOnly, async (input, { tenant }) => {
  const saved = await updateTenantSettings(tenant.id, input);
  if (!saved.ok) return actionError('not_found', 'Pizzaria não encontrada.');
  revalidatePath(`/${tenant.slug}`, 'layout');
  return { ok: true as const };
});
