'use client';

import { Field } from '@/components/form/field';
import { fieldError, FormStatus } from '@/components/form/form-status';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import type { ActionResult } from '@/lib/actions/validated-action';
import { TenantField } from './tenant-field';

type Props = {
  action: (previous: unknown, formData: FormData) => Promise<ActionResult<{ slicesReturned: number }>>;
  slug: string;
  orderId: string;
  /** Before the kitchen starts, the slices go back on sale. */
  slicesGoBack: boolean;
};

export function RefundForm({ action, slug, orderId, slicesGoBack }: Props) {
  const { state, pending, formProps } = useFormAction(action);
  const success = state?.ok
    ? state.slicesReturned > 0
      ? `Reembolsado. ${state.slicesReturned} pedaço(s) voltaram à venda.`
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
      <Field label="Motivo" name="reason" required maxLength={200} error={fieldError(state, 'reason')} />
      <FormStatus state={state} success={success} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Reembolsando…" variant="danger">
          Cancelar e reembolsar
        </SubmitButton>
      </div>
    </form>
  );
}
