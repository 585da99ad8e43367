'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { actionError, validatedAction } from '@/lib/actions/validated-action';
import { currentUserId } from '@/lib/auth';
import { signIn } from '@/lib/auth/config';
import { changePassword, changePasswordSchema } from '@/lib/auth/change-password';
import { clientAddress } from '@/lib/http/client-address';

export const changePasswordAction = validatedAction(changePasswordSchema, async ({ currentPassword, newPassword }) => {
  const userId = await currentUserId();
  if (!userId) return actionError('unauthenticated', 'Entre com sua conta para continuar.');
  const changed = await changePassword(userId, currentPassword, newPassword, clientAddress(await headers()));
  if (!changed.ok) return changed;
  // Every other session just ended; this one continues with a fresh cookie. If that sign-in is
  // refused (locked out meanwhile), the password is still changed: the next page asks to sign in.
  await signIn('credentials', { email: changed.email, password: newPassword, redirect: false }).catch((error) => {
    if (!(error instanceof AuthError)) throw error;
  });
  return { ok: true };
});
