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
  configured: boolean;
};

/** Secrets go in, never come back: the fields always start empty. */
export function MercadoPagoForm({ action, slug, configured }: Props) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  return (
    <form {...formProps} className="flex flex-col gap-4" autoComplete="off">
      <TenantField slug={slug} />
      <Field
        label="Access token"
        name="accessToken"
        type="password"
        autoComplete="off"
        placeholder="APP_USR-…"
        required
        error={fieldError(state, 'accessToken')}
      />
      <Field
        label="Assinatura secreta do webhook"
        name="webhookSecret"
        type="password"
        autoComplete="off"
        required
        error={fieldError(state, 'webhookSecret')}
      />
      <FormStatus state={state} success="Conta do Mercado Pago salva. Os próximos pagamentos vão para ela." />
      <div>
        <SubmitButton pending={pending} pendingLabel="Salvando…">
          {configured ? 'Trocar credenciais' : 'Salvar credenciais'}
        </SubmitButton>
      </div>
    </form>
  );
}
