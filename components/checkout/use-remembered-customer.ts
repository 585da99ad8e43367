'use client';

import { useEffect, useState } from 'react';

export type CustomerDetails = { name: string; phone: string; email: string };

const KEY = 'meupedaco:customer';
const EMPTY: CustomerDetails = { name: '', phone: '', email: '' };

/** Name, WhatsApp and e-mail, remembered on this phone so the next order needs no typing. */
export function useRememberedCustomer() {
  const [details, setDetails] = useState<CustomerDetails>(EMPTY);
  useEffect(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<CustomerDetails> | null;
      if (saved) setDetails({ ...EMPTY, ...saved });
    } catch {
      // Nothing usable saved: start blank.
    }
  }, []);
  const update = (field: keyof CustomerDetails, value: string) => {
    setDetails((prev) => {
      const next = { ...prev, [field]: value };
      localStorage.setItem(KEY, JSON.stringify(next));
      return next;
    });
  };
  return { details, update };
}
