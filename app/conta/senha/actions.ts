'use server';

import { actionError, validatedAction } from '@/lib/actions/validated-action';
import { currentUserId } from '@/lib/auth';
import { changePassword, changePasswordSchema } from '@/lib/auth/change-password';

export const changePasswordAction = validatedAction(changePasswordSchema, async ({ currentPassword, newPassword }) => {
  const userId = await currentUserId();
  if (!userId) return actionError('unauthenticated', 'Entre com sua conta para continuar.');
  const changed = await changePassword(userId, currentPassword, newPassword);
  if (!changed.ok) return actionError('invalid_input', 'Confira os campos destacados.', { currentPassword: 'Senha atual incorreta.' });
  return { ok: true };
});
