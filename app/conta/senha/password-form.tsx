'use client';

import { Field } from '@/components/form/field';
import { fieldError, FormStatus } from '@/components/form/form-status';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import { changePasswordAction } from './actions';

export function PasswordForm() {
  const { state, pending, formProps } = useFormAction(changePasswordAction, { resetOnSuccess: true });
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <Field
        label="Senha atual"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(state, 'currentPassword')}
      />
      <Field
        label="Senha nova"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        minLength={8}
        required
        hint="Pelo menos 8 caracteres."
        error={fieldError(state, 'newPassword')}
      />
      <Field
        label="Repita a senha nova"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldError(state, 'confirmPassword')}
      />
      <FormStatus state={state} success="Senha trocada." />
      <SubmitButton pending={pending} pendingLabel="Salvando…">
        Trocar senha
      </SubmitButton>
    </form>
  );
}
