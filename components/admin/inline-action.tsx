'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/form/form-status';
import { SubmitButton } from '@/components/form/submit-button';
import type { ActionResult } from '@/lib/actions/validated-action';

type Props = {
  action: (previous: unknown, formData: FormData) => Promise<ActionResult>;
  /** Hidden fields the action needs (tenant included). */
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  success?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** For what cannot be undone: asked first, and nothing is sent unless the person says yes. */
  confirm?: string;
};

/** A one-button form (activate, close, remove…) that says how it went. */
export function InlineAction({ action, fields, label, pendingLabel, success, variant = 'secondary', confirm }: Props) {
  const [state, run] = useActionState(action, null);
  return (
    <form
      action={run}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
      className="flex flex-col items-start gap-1"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingLabel={pendingLabel} variant={variant}>
        {label}
      </SubmitButton>
      <FormStatus state={state} success={success} />
    </form>
  );
}
