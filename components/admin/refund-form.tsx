'use client';

import { Field } from '@/components/form/field';
import { fieldError, FormStatus } from '@/components/form/form-status';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import type { ActionResult } from '@/lib/actions/validated-action';
import { countOf } from '@/lib/format/plural';
import { TenantField } from './tenant-field';

type Props = {
  action: (previous: unknown, formData: FormData) => Promise<ActionResult<{ slicesReturned: number }>>;
  slug: string;
  orderId: string;
  /** Before the kitchen starts, the slices go back on sale. */
  slicesGoBack: boolean;
};

export function RefundForm({ action, slug, orderId, slicesGoBack }: Props) {
  const { state, pending, formProps } = useFormAction(action, {
    confirm: slicesGoBack
      ? 'Cancelar o pedido e devolver o dinheiro ao cliente? Os pedaços voltam à venda. Não dá para desfazer.'
      : 'Cancelar o pedido e devolver o dinheiro ao cliente? Não dá para desfazer.',
  });
  const success = state?.ok
    ? state.slicesReturned > 0
      ? `Reembolsado. ${countOf(state.slicesReturned, 'pedaço voltou', 'pedaços voltaram')} à venda.`
      : 'Reembolsado.'
    : undefined;
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <TenantField slug={slug} />
      <input type="hidden" name="orderId" value={orderId} />
      <p className="text-sm text-stone-700">
        {slicesGoBack
          ? 'A cozinha ainda não começou: os pedaços voltam à venda.'
          : 'A cozinha já começou: os pedaços não voltam à venda.'}
      </p>
      <Field
        label="Motivo (o cliente vê)"
        name="reason"
        required
        maxLength={200}
        hint="Aparece para o cliente na página do pedido: escreva para ele."
        error={fieldError(state, 'reason')}
      />
      <FormStatus state={state} success={success} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Reembolsando…" variant="danger">
          Cancelar e reembolsar
        </SubmitButton>
      </div>
    </form>
  );
}
