'use client';

import { useEffect, useState } from 'react';
import { Field } from '@/components/form/field';
import { toSlug } from '@/lib/tenants/suggest-slug';

type Check = { available: true; slug: string } | { available: false; message: string };

/**
 * The address field, checked against the server as the owner types (after a short pause). It
 * follows the pizzeria's name until the owner edits it, and turns accents and spaces into a
 * valid address instead of refusing them.
 */
export function SlugField({ error, appUrl, name }: { error?: string; appUrl: string; name: string }) {
  const [typed, setTyped] = useState<string | null>(null);
  const slug = typed ?? toSlug(name);
  const [check, setCheck] = useState<Check | null>(null);

  useEffect(() => {
    if (slug.length < 3) return setCheck(null);
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/cadastro/slug?slug=${encodeURIComponent(slug)}`, {
          signal: controller.signal,
        });
        setCheck(await response.json());
      } catch {
        // Aborted by the next keystroke, or offline: the server checks again on submit.
      }
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [slug]);

  const live = check && (check.available ? `Disponível: ${appUrl}/${check.slug}` : check.message);
  return (
    <div className="flex flex-col gap-1">
      <Field
        label="Endereço da vitrine"
        name="slug"
        required
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        maxLength={48}
        value={slug}
        onChange={(e) => setTyped(toSlug(e.target.value, { typing: true }))}
        onBlur={(e) => setTyped(toSlug(e.target.value))}
        hint="Sugerido a partir do nome; pode mudar. Ex.: pizzaria-do-bairro"
        error={error}
      />
      <p
        aria-live="polite"
        className={`min-h-5 text-sm font-medium ${check?.available ? 'text-basil' : 'text-tomato'}`}
      >
        {live}
      </p>
    </div>
  );
}
