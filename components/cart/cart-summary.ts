import { countOf } from '@/lib/format/plural';
import type { FlavorOnSale } from '@/lib/inventory';
import type { Cart } from './use-cart';

export type CartLine = { flavor: FlavorOnSale; quantity: number };

/** The cart against the menu as it is now: flavors no longer on the menu drop out. */
export function cartLines(cart: Cart, flavors: FlavorOnSale[]): CartLine[] {
  return flavors
    .filter((f) => (cart[f.productId] ?? 0) > 0)
    .map((flavor) => ({ flavor, quantity: cart[flavor.productId]! }));
}

export function cartTotals(lines: CartLine[]) {
  return {
    slices: lines.reduce((n, l) => n + l.quantity, 0),
    cents: lines.reduce((n, l) => n + l.quantity * l.flavor.priceCents, 0),
  };
}

export const slicesLabel = (n: number) => countOf(n, 'pedaço', 'pedaços');
