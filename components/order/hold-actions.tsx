'use client';

import { useActionState, useEffect } from 'react';
import type { ActionResult } from '@/lib/actions/validated-action';
import { clockTime } from './use-deadline';

type LinkAction<T extends object = object> = (
  previous: ActionResult<T> | null,
  form: FormData,
) => Promise<ActionResult<T>>;

/** "Preciso de mais tempo" shows up only this close to the end: earlier it is noise, and it works once. */
export const EXTEND_OFFER_SECONDS = 90;

export type HoldActionsProps = {
  link: { slug: string; code: string; token: string };
  canExtend: boolean;
  /** Seconds left on the hold (null before the page mounts). */
  left: number | null;
  extend: LinkAction<{ holdExpiresAt?: string }>;
  cancel: LinkAction;
  onChanged(): void;
};

function LinkFields({ link }: { link: HoldActionsProps['link'] }) {
  return (
    <>
      <input type="hidden" name="slug" value={link.slug} />
      <input type="hidden" name="code" value={link.code} />
      <input type="hidden" name="token" value={link.token} />
    </>
  );
}

/** More time (once, near the end) or give up, for an order still waiting for its payment. */
export function HoldActions({ link, canExtend, left, extend, cancel, onChanged }: HoldActionsProps) {
  const [extended, extendAction, extending] = useActionState(extend, null);
  const [cancelled, cancelAction, cancelling] = useActionState(cancel, null);
  useEffect(() => {
    if (extended?.ok || cancelled?.ok) onChanged();
  }, [extended, cancelled, onChanged]);
  const error = [extended, cancelled].find((r) => r && !r.ok);
  const offerMore = canExtend && !extended?.ok && left !== null && left > 0 && left <= EXTEND_OFFER_SECONDS;
  const done = extended?.ok && extended.holdExpiresAt ? extended.holdExpiresAt : null;

  return (
    <div className="flex flex-col items-center gap-2">
      <p aria-live="polite" className="text-center font-semibold text-basil empty:hidden">
        {done ? `Pronto: seus pedaços ficam reservados até ${clockTime(done)}. Pague até lá.` : ''}
      </p>
      <div className="flex flex-wrap justify-center gap-3">
        {offerMore && (
          <form action={extendAction}>
            <LinkFields link={link} />
            <button
              type="submit"
              disabled={extending}
              className="min-h-11 rounded-full bg-white px-5 py-2.5 font-semibold ring-1 ring-stone-300 hover:bg-stone-50"
            >
              {extending ? 'Prorrogando…' : 'Preciso de mais tempo'}
            </button>
          </form>
        )}
        <form
          action={cancelAction}
          onSubmit={(e) => {
            if (!confirm('Cancelar o pedido? Os pedaços voltam para o balcão.')) e.preventDefault();
          }}
        >
          <LinkFields link={link} />
          <button
            type="submit"
            disabled={cancelling}
            className="min-h-11 rounded-full px-5 py-2.5 font-semibold text-stone-700 underline underline-offset-4"
          >
            Cancelar pedido
          </button>
        </form>
      </div>
      <p aria-live="polite" className="text-sm font-semibold text-tomato empty:hidden">
        {error && !error.ok ? error.error.message : ''}
      </p>
    </div>
  );
}
