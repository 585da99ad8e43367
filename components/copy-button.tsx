'use client';

import { useState } from 'react';

type Props = {
  text: string;
  label: string;
  /** Read out once copied ("Código copiado", "Endereço copiado"). */
  announce: string;
  /** Shown beside the button once copied: what to do next. */
  hint?: string;
  className?: string;
};

export function CopyButton({ text, label, announce, hint, className }: Props) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard.writeText(text);
          setCopied(true);
          setTimeout(() => setCopied(false), 4_000);
        }}
        className={
          className ?? 'min-h-11 rounded-full bg-stone-900 px-5 py-3 font-semibold text-white hover:bg-stone-700'
        }
      >
        {copied ? 'Copiado!' : label}
      </button>
      <span className={hint ? 'text-center text-sm font-semibold empty:hidden' : 'sr-only'} aria-live="polite">
        {copied ? (hint ?? announce) : ''}
      </span>
    </>
  );
}
