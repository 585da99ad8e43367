'use client';

import { Field } from '@/components/form/field';
import { fieldError, FormStatus } from '@/components/form/form-status';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import type { ActionResult } from '@/lib/actions/validated-action';
import { TenantField } from './tenant-field';

type Props = {
  action: (previous: unknown, formData: FormData) => Promise<ActionResult>;
  slug: string;
  product?: {
    id: string;
    name: string;
    description: string;
    price: string;
    slicesPerPizza: number;
    imageUrl: string | null;
  };
  defaultSlicesPerPizza: number;
};

/** New flavor or edit: same fields; the photo is optional and replaces the old one. */
export function ProductForm({ action, slug, product, defaultSlicesPerPizza }: Props) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: !product });
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <TenantField slug={slug} />
      {product && <input type="hidden" name="productId" value={product.id} />}
      <Field
        label="Nome do sabor"
        name="name"
        required
        maxLength={60}
        defaultValue={product?.name}
        error={fieldError(state, 'name')}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="field-description" className="font-medium">
          Descrição
        </label>
        <textarea
          id="field-description"
          name="description"
          rows={3}
          maxLength={280}
          defaultValue={product?.description}
          aria-invalid={fieldError(state, 'description') ? true : undefined}
          aria-describedby={fieldError(state, 'description') ? 'field-description-error' : undefined}
          className="rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base focus-visible:outline-3 focus-visible:outline-tomato"
        />
        {fieldError(state, 'description') && (
          <p id="field-description-error" className="text-sm font-medium text-tomato">
            {fieldError(state, 'description')}
          </p>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Preço por pedaço (R$)"
          name="price"
          inputMode="decimal"
          placeholder="12,50"
          required
          defaultValue={product?.price}
          error={fieldError(state, 'price')}
        />
        <Field
          label="Pedaços por pizza"
          name="slicesPerPizza"
          type="number"
          min={4}
          max={16}
          required
          defaultValue={product?.slicesPerPizza ?? defaultSlicesPerPizza}
          error={fieldError(state, 'slicesPerPizza')}
        />
      </div>
      <Field
        label="Foto"
        name="photo"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        hint="JPEG, PNG ou WebP, até 2 MB."
        error={fieldError(state, 'photo')}
      />
      <FormStatus state={state} success={product ? 'Sabor salvo.' : 'Sabor adicionado ao cardápio.'} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Salvando…">
          {product ? 'Salvar sabor' : 'Adicionar sabor'}
        </SubmitButton>
      </div>
    </form>
  );
}
