'use client';

import { Field } from '@/components/form/field';
import { fieldError, FormStatus } from '@/components/form/form-status';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import { signInAction } from './actions';

export function SignInForm({ next }: { next?: string }) {
  const { state, pending, formProps } = useFormAction(signInAction);
  return (
    <form {...formProps} className="flex flex-col gap-4">
      {next && <input type="hidden" name="next" value={next} />}
      <Field
        label="E-mail"
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        required
        error={fieldError(state, 'email')}
      />
      <Field
        label="Senha"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(state, 'password')}
      />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingLabel="Entrando…">
        Entrar
      </SubmitButton>
    </form>
  );
}
