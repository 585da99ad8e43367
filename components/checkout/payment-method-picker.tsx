'use client';

import { useState } from 'react';

const METHODS = [
  { value: 'pix', label: 'PIX', hint: 'QR code ou copia e cola, aprovado na hora' },
  { value: 'card', label: 'Cartão', hint: 'Crédito ou débito, pelo Mercado Pago' },
] as const;

export function PaymentMethodPicker({ error }: { error?: string }) {
  // Controlled: React resets uncontrolled fields after a form action, and a sold-out retry must keep the choice.
  const [method, setMethod] = useState<string>('pix');
  return (
    <fieldset aria-describedby={error ? 'method-error' : undefined}>
      <legend className="mb-2 text-lg font-semibold">Pagamento</legend>
      <div className="grid grid-cols-2 gap-3">
        {METHODS.map((m) => (
          <label
            key={m.value}
            className="flex cursor-pointer flex-col rounded-2xl bg-white p-3 ring-1 ring-stone-300 has-checked:ring-2 has-checked:ring-tomato"
          >
            <span className="flex items-center gap-2 font-semibold">
              <input
                type="radio"
                name="method"
                value={m.value}
                checked={method === m.value}
                onChange={() => setMethod(m.value)}
                className="size-5 accent-tomato"
              />
              {m.label}
            </span>
            <span className="mt-1 text-sm text-stone-600">{m.hint}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id="method-error" className="mt-1 text-sm font-semibold text-tomato">
          {error}
        </p>
      )}
    </fieldset>
  );
}
