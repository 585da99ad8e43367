'use client';

import { useState } from 'react';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard.writeText(text);
          setCopied(true);
          setTimeout(() => setCopied(false), 2_500);
        }}
        className="rounded-full bg-stone-900 px-5 py-3 font-semibold text-white hover:bg-stone-700"
      >
        {copied ? 'Copiado!' : label}
      </button>
      <span className="sr-only" aria-live="polite">
        {copied ? 'Código copiado' : ''}
      </span>
    </>
  );
}
