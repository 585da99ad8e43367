'use client';

import Link from 'next/link';
import { formatBRL } from '@/lib/money';
import { slicesLabel } from './cart-summary';

/** Stays at the thumb's reach while the buyer scrolls the menu. */
export function CartBar({ href, slices, cents }: { href: string; slices: number; cents: number }) {
  if (slices === 0) return null;
  return (
    <div className="fixed inset-x-0 bottom-0 z-10 border-t border-stone-200 bg-white/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur">
      <div className="mx-auto flex max-w-xl items-center justify-between gap-3">
        <p>
          <span className="block text-sm text-stone-600">{slicesLabel(slices)}</span>
          <span className="text-lg font-bold">{formatBRL(cents)}</span>
        </p>
        <Link
          href={href}
          className="rounded-full bg-tomato px-6 py-3 text-lg font-semibold text-white shadow hover:bg-tomato-dark focus-visible:outline-offset-4"
        >
          Continuar
        </Link>
      </div>
    </div>
  );
}
