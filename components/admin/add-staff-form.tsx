'use client';

import { Field } from '@/components/form/field';
import { fieldError, FormStatus } from '@/components/form/form-status';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import type { ActionResult } from '@/lib/actions/validated-action';
import { TenantField } from './tenant-field';

type Props = {
  action: (previous: unknown, formData: FormData) => Promise<ActionResult<{ existingAccount: boolean }>>;
  slug: string;
};

export function AddStaffForm({ action, slug }: Props) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  const success =
    state?.ok && state.existingAccount
      ? 'Pessoa adicionada. Ela já tinha conta e entra com a senha dela.'
      : 'Pessoa adicionada à equipe.';
  const roleError = fieldError(state, 'role');
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <TenantField slug={slug} />
      <Field label="Nome" name="name" required maxLength={80} error={fieldError(state, 'name')} />
      <Field label="E-mail" name="email" type="email" autoComplete="off" required error={fieldError(state, 'email')} />
      <Field
        label="Senha inicial"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="Pelo menos 8 caracteres; a pessoa pode trocar depois."
        error={fieldError(state, 'password')}
      />
      <fieldset className="flex flex-col gap-1" aria-describedby={roleError ? 'role-error' : undefined}>
        <legend className="font-medium">Função</legend>
        {[
          ['kitchen', 'Cozinha — só o painel da cozinha'],
          ['manager', 'Gerente — cardápio, pizzas e pedidos'],
          ['owner', 'Dono — tudo, inclusive equipe e configurações'],
        ].map(([value, label], i) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name="role" value={value} defaultChecked={i === 0} />
            {label}
          </label>
        ))}
        {roleError && (
          <p id="role-error" className="text-sm font-medium text-tomato">
            {roleError}
          </p>
        )}
      </fieldset>
      <FormStatus state={state} success={success} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Adicionando…">
          Adicionar à equipe
        </SubmitButton>
      </div>
    </form>
  );
}
