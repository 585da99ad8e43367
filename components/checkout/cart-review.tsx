import Link from 'next/link';
import type { CartLine } from '@/components/cart/cart-summary';
import { formatBRL } from '@/lib/money';

export function CartReview({ lines, totalCents, slug }: { lines: CartLine[]; totalCents: number; slug: string }) {
  return (
    <section aria-labelledby="cart-heading" className="rounded-2xl bg-white p-4 ring-1 ring-stone-200">
      <div className="flex items-baseline justify-between">
        <h2 id="cart-heading" className="text-lg font-semibold">
          Seu pedido
        </h2>
        <Link
          href={`/${slug}`}
          className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-tomato underline underline-offset-4"
        >
          Alterar
        </Link>
      </div>
      <ul className="mt-2 divide-y divide-stone-100">
        {lines.map(({ flavor, quantity }) => (
          <li key={flavor.productId} className="flex justify-between gap-3 py-2">
            <span>
              {quantity} × {flavor.name}
            </span>
            <span className="tabular-nums">{formatBRL(quantity * flavor.priceCents)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 flex justify-between border-t border-stone-200 pt-2 text-lg font-bold">
        <span>Total</span>
        <span className="tabular-nums">{formatBRL(totalCents)}</span>
      </p>
    </section>
  );
}
