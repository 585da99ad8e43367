'use server';

import { headers } from 'next/headers';
import { validatedAction } from '@/lib/actions/validated-action';
import { signIn } from '@/lib/auth/config';
import { clientAddress } from '@/lib/http/client-address';
import { signUpPizzeria, signUpSchema } from '@/lib/tenants/onboarding';

export const signUpAction = validatedAction(signUpSchema, async (input) => {
  const created = await signUpPizzeria(input, clientAddress(await headers()));
  if (!created.ok) return created;
  // Straight into the new pizzeria's admin, signed in (redirects, i.e. throws).
  await signIn('credentials', {
    email: input.email,
    password: input.password,
    redirectTo: `/${created.slug}/admin/cardapio`,
  });
  return { ok: true };
});
