'use client';

import { fieldError, FormStatus } from '@/components/form/form-status';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import type { ActionResult } from '@/lib/actions/validated-action';
import { TenantField } from './tenant-field';

type Props = {
  action: (previous: unknown, formData: FormData) => Promise<ActionResult>;
  slug: string;
  flavors: { id: string; name: string; slicesPerPizza: number }[];
};

export function OpenPizzaForm({ action, slug, flavors }: Props) {
  const { state, pending, formProps } = useFormAction(action);
  const error = fieldError(state, 'productId');
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3">
      <TenantField slug={slug} />
      <div className="flex flex-col gap-1">
        <label htmlFor="open-flavor" className="font-medium">
          Sabor
        </label>
        <select
          id="open-flavor"
          name="productId"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'open-flavor-error' : undefined}
          className="min-w-56 rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base"
        >
          {flavors.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name} ({f.slicesPerPizza} pedaços)
            </option>
          ))}
        </select>
        {error && (
          <p id="open-flavor-error" className="text-sm font-medium text-tomato">
            {error}
          </p>
        )}
      </div>
      <SubmitButton pending={pending} pendingLabel="Abrindo…">
        Abrir pizza
      </SubmitButton>
      <div className="w-full">
        <FormStatus state={state} success="Pizza aberta: os pedaços já estão à venda." />
      </div>
    </form>
  );
}
