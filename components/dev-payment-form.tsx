'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/actions/validated-action';

type Props = {
  tenant: string;
  paymentId: string;
  action: (previous: unknown, formData: FormData) => Promise<ActionResult>;
};

/** The dev provider's "Pagar" / "Recusar": both post the same form with a different decision. */
export function DevPaymentForm({ tenant, paymentId, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="paymentId" value={paymentId} />
      <button
        type="submit"
        name="decision"
        value="approve"
        disabled={pending}
        className="rounded-xl bg-basil px-5 py-4 text-lg font-semibold text-white disabled:opacity-60"
      >
        Pagar
      </button>
      <button
        type="submit"
        name="decision"
        value="decline"
        disabled={pending}
        className="rounded-xl border-2 border-tomato px-5 py-4 text-lg font-semibold text-tomato disabled:opacity-60"
      >
        Recusar
      </button>
      <p aria-live="polite" className="min-h-6 text-sm text-tomato">
        {pending ? 'Processando…' : state && !state.ok ? state.error.message : ''}
      </p>
    </form>
  );
}
