'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { actionError } from '@/lib/actions/validated-action';
import { createApiKey, newApiKeySchema, revokeApiKey } from '@/lib/api/keys';
import { memberAction, ROLES } from '@/lib/auth';
import { saveMercadoPagoCredentials } from '@/lib/payments';
import { settingsSchema, updateTenantSettings } from '@/lib/tenants/settings';

export const saveSettingsAction = memberAction(settingsSchema, ROLES.ownerOnly, async (input, { tenant }) => {
  const saved = await updateTenantSettings(tenant.id, input);
  if (!saved.ok) return saved;
  revalidatePath(`/${tenant.slug}`, 'layout');
  return { ok: true as const };
});

export const saveMercadoPagoAction = memberAction(
  z.object({
    accessToken: z.string({ error: 'Informe o access token.' }).trim().min(1, 'Informe o access token.'),
    webhookSecret: z
      .string({ error: 'Informe a assinatura secreta do webhook.' })
      .trim()
      .min(1, 'Informe a assinatura secreta do webhook.'),
  }),
  ROLES.ownerOnly,
  async (input, { tenant }) => {
    const saved = await saveMercadoPagoCredentials(tenant.id, input);
    if (!saved.ok) {
      const issues = saved.error.code === 'invalid_input' ? saved.error.issues : [];
      // lib/payments words its rules as phrases ("o access token … começa com APP_USR-"); the form shows them as sentences.
      const fields = Object.fromEntries(
        issues.map((i) => [i.path, `${i.message[0]!.toUpperCase()}${i.message.slice(1)}.`]),
      );
      return actionError(
        saved.error.code,
        issues.length ? 'Confira os campos destacados.' : saved.error.message,
        fields,
      );
    }
    revalidatePath(`/${tenant.slug}/admin/configuracoes`);
    return { ok: true as const };
  },
);

// The answer carries the new key: the only time it is ever shown (only its hash is stored).
export const createApiKeyAction = memberAction(newApiKeySchema, ROLES.ownerOnly, async (input, { tenant, user }) => {
  const created = await createApiKey(tenant.id, input, user.id);
  if (!created.ok) return actionError(created.error.code, created.error.message);
  revalidatePath(`/${tenant.slug}/admin/configuracoes`);
  return { ok: true as const, key: created.key };
});

export const revokeApiKeyAction = memberAction(
  z.object({ keyId: z.uuid({ error: 'Chave não encontrada.' }) }),
  ROLES.ownerOnly,
  async ({ keyId }, { tenant, user }) => {
    const revoked = await revokeApiKey(tenant.id, keyId, user.id);
    if (!revoked.ok) return revoked;
    revalidatePath(`/${tenant.slug}/admin/configuracoes`);
    return { ok: true as const };
  },
);
