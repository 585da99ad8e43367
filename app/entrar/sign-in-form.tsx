'use client';

import { useActionState } from 'react';
import { Field } from '@/components/form/field';
import { fieldError, FormStatus } from '@/components/form/form-status';
import { SubmitButton } from '@/components/form/submit-button';
import { signInAction } from './actions';

export function SignInForm({ next }: { next?: string }) {
  const [state, action] = useActionState(signInAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      <Field label="E-mail" name="email" type="email" autoComplete="username" inputMode="email" required error={fieldError(state, 'email')} />
      <Field label="Senha" name="password" type="password" autoComplete="current-password" required error={fieldError(state, 'password')} />
      <FormStatus state={state} />
      <SubmitButton pendingLabel="Entrando…">Entrar</SubmitButton>
    </form>
  );
}
