'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { actionError, validatedAction } from '@/lib/actions/validated-action';
import { signIn, signOut } from '@/lib/auth/config';
import { signInSchema } from '@/lib/auth/credentials';
import { safeNextPath } from '@/lib/auth/next-path';

export const signInAction = validatedAction(
  signInSchema.extend({ next: z.string().optional() }),
  async ({ email, password, next }) => {
    try {
      // Redirects (throws) on success.
      await signIn('credentials', { email, password, redirectTo: safeNextPath(next) });
    } catch (error) {
      if (error instanceof CredentialsSignin && error.code === 'rate_limited') {
        return actionError('rate_limited', 'Muitas tentativas sem sucesso. Espere 15 minutos e tente de novo.');
      }
      if (error instanceof AuthError) return actionError('invalid_credentials', 'E-mail ou senha incorretos.');
      throw error;
    }
    return actionError('invalid_credentials', 'E-mail ou senha incorretos.');
  },
);

export async function signOutAction() {
  await signOut({ redirectTo: '/entrar' });
}
