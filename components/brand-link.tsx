import Link from 'next/link';
import { PizzaSliceIcon } from './pizza-slice-icon';

// Nobody buying a slice is headed to the platform's home page: no prefetch, so the storefront's
// load spends nothing on it.
export function BrandLink() {
  return (
    <Link
      href="/"
      prefetch={false}
      className="inline-flex min-h-11 items-center gap-1.5 text-sm font-semibold text-stone-700 hover:text-tomato"
    >
      <PizzaSliceIcon className="size-5" />
      Meu Pedaço
    </Link>
  );
}
