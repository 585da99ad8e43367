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
  settings: { isOpen: boolean; holdSeconds: number; freshnessHours: number };
};

export function SettingsForm({ action, slug, settings }: Props) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <TenantField slug={slug} />
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">A pizzaria está</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="isOpen" value="true" defaultChecked={settings.isOpen} /> Aberta: vendendo agora
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="isOpen" value="false" defaultChecked={!settings.isOpen} /> Fechada: a vitrine não
          aceita pedidos
        </label>
      </fieldset>
      <Field
        label="Tempo de reserva (segundos)"
        name="holdSeconds"
        type="number"
        min={30}
        max={900}
        defaultValue={settings.holdSeconds}
        hint="Quanto tempo os pedaços ficam guardados enquanto o cliente paga (30 a 900)."
        error={fieldError(state, 'holdSeconds')}
      />
      <Field
        label="Validade da pizza aberta (horas)"
        name="freshnessHours"
        type="number"
        min={1}
        max={24}
        defaultValue={settings.freshnessHours}
        hint="Depois disso, o que sobrou vira desperdício (1 a 24)."
        error={fieldError(state, 'freshnessHours')}
      />
      <FormStatus state={state} success="Configurações salvas." />
      <div>
        <SubmitButton pending={pending} pendingLabel="Salvando…">
          Salvar
        </SubmitButton>
      </div>
    </form>
  );
}
