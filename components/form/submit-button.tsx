'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  pending: pendingOverride,
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** For forms submitted through useFormAction, which useFormStatus does not see. */
  pending?: boolean;
}) {
  const pending = useFormStatus().pending || Boolean(pendingOverride);
  const look = {
    primary: 'bg-tomato text-white hover:bg-tomato-dark',
    secondary: 'bg-white text-stone-900 ring-1 ring-stone-300 hover:bg-stone-50',
    danger: 'bg-white text-tomato ring-1 ring-tomato hover:bg-red-50',
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`min-h-11 rounded-full px-5 py-2.5 font-semibold disabled:opacity-60 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-tomato ${look}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
