'use client';

import { cartLines, cartTotals } from '@/components/cart/cart-summary';
import { CartBar } from '@/components/cart/cart-bar';
import { useCart } from '@/components/cart/use-cart';
import { FlavorCard } from '@/components/flavor-card';
import { OpenStatus } from '@/components/open-status';
import { MAX_SLICES_PER_ORDER } from '@/lib/validation/limits';
import { QuantityStepper } from './quantity-stepper';
import { useMenu, type Menu } from './use-menu';

/** The live menu with the buyer's picks; counts refresh on their own. */
export function StorefrontMenu({ slug, initial }: { slug: string; initial: Menu }) {
  const { data: menu } = useMenu(slug, initial);
  const { cart, setQuantity } = useCart(slug);
  const totals = cartTotals(cartLines(cart, menu.flavors));

  return (
    <>
      <OpenStatus isOpen={menu.isOpen} />
      <section aria-labelledby="flavors-heading" className="mt-6">
        <h2 id="flavors-heading" className="mb-3 text-lg font-semibold">
          Sabores agora no balcão
        </h2>
        {!menu.isOpen && <p className="mb-3 text-stone-700">Pedidos pelo celular voltam quando a pizzaria abrir.</p>}
        {menu.flavors.length === 0 ? (
          <p className="text-stone-700">Nenhum sabor no cardápio por enquanto.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {menu.flavors.map((flavor) => {
              const picked = cart[flavor.productId] ?? 0;
              return (
                <FlavorCard key={flavor.productId} flavor={flavor}>
                  <div className="flex flex-col items-end">
                    <QuantityStepper
                      flavor={flavor.name}
                      value={picked}
                      max={Math.min(flavor.slicesLeft, MAX_SLICES_PER_ORDER)}
                      disabled={!menu.isOpen || (flavor.slicesLeft === 0 && picked === 0)}
                      onChange={(n) => setQuantity(flavor.productId, n)}
                    />
                    {picked > flavor.slicesLeft && (
                      <p className="mt-1 text-sm font-semibold text-tomato" role="status">
                        {flavor.slicesLeft === 0 ? 'Acabou' : `Só restam ${flavor.slicesLeft}`}
                      </p>
                    )}
                  </div>
                </FlavorCard>
              );
            })}
          </ul>
        )}
      </section>
      <CartBar href={`/${slug}/checkout`} slices={totals.slices} cents={totals.cents} />
    </>
  );
}
