'use client';

import { useActionState } from 'react';
import { Field } from '@/components/form/field';
import { fieldError, FormStatus } from '@/components/form/form-status';
import { SubmitButton } from '@/components/form/submit-button';
import { changePasswordAction } from './actions';

export function PasswordForm() {
  const [state, action] = useActionState(changePasswordAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <Field label="Senha atual" name="currentPassword" type="password" autoComplete="current-password" required error={fieldError(state, 'currentPassword')} />
      <Field label="Senha nova" name="newPassword" type="password" autoComplete="new-password" minLength={8} required hint="Pelo menos 8 caracteres." error={fieldError(state, 'newPassword')} />
      <Field label="Repita a senha nova" name="confirmPassword" type="password" autoComplete="new-password" required error={fieldError(state, 'confirmPassword')} />
      <FormStatus state={state} success="Senha trocada." />
      <SubmitButton pendingLabel="Salvando…">Trocar senha</SubmitButton>
    </form>
  );
}
