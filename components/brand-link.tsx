import Link from 'next/link';
import { PizzaSliceIcon } from './pizza-slice-icon';

export function BrandLink() {
  return (
    <Link href="/" className="inline-flex items-center gap-1.5 text-sm font-semibold text-stone-700 hover:text-tomato">
      <PizzaSliceIcon className="size-5" />
      Meu Pedaço
    </Link>
  );
}
