'use client';

import { Field } from '@/components/form/field';
import { fieldError, FormStatus } from '@/components/form/form-status';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import { TenantField } from '@/components/admin/tenant-field';
import type { ActionResult } from '@/lib/actions/validated-action';

const SCOPES = [
  { value: 'read', label: 'Ler cardápio, estoque e pedidos (read)' },
  { value: 'orders:write', label: 'Criar e cancelar pedidos, mover na cozinha (orders:write)' },
  { value: 'stock:write', label: 'Abrir e fechar pizzas (stock:write)' },
];

type Props = {
  action: (previous: unknown, formData: FormData) => Promise<ActionResult<{ key: string }>>;
  slug: string;
};

/** Makes a key and shows it this once: after a reload only its prefix is left. */
export function ApiKeyForm({ action, slug }: Props) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  return (
    <form {...formProps} className="flex flex-col gap-4" autoComplete="off">
      <TenantField slug={slug} />
      <Field
        label="Nome da chave"
        name="name"
        placeholder="Totem do balcão"
        maxLength={60}
        required
        error={fieldError(state, 'name')}
      />
      <fieldset
        className="flex flex-col gap-1"
        aria-describedby={fieldError(state, 'scopes') ? 'scopes-error' : undefined}
      >
        <legend className="font-medium">Permissões</legend>
        {SCOPES.map((s) => (
          <label key={s.value} className="flex items-center gap-2">
            <input type="checkbox" name="scopes" value={s.value} defaultChecked={s.value === 'read'} /> {s.label}
          </label>
        ))}
        {fieldError(state, 'scopes') && (
          <p id="scopes-error" className="text-sm font-medium text-tomato">
            {fieldError(state, 'scopes')}
          </p>
        )}
      </fieldset>
      <FormStatus state={state} success="Chave criada. Copie agora: ela não será mostrada de novo." />
      {state?.ok && (
        <div className="flex flex-col gap-1">
          <label htmlFor="new-api-key" className="font-medium">
            Sua nova chave
          </label>
          <input
            id="new-api-key"
            readOnly
            value={state.key}
            onFocus={(e) => e.currentTarget.select()}
            className="rounded-lg border border-stone-300 bg-stone-50 px-3 py-2.5 font-mono text-sm"
          />
        </div>
      )}
      <div>
        <SubmitButton pending={pending} pendingLabel="Criando…">
          Criar chave
        </SubmitButton>
      </div>
    </form>
  );
}
