import type { FlavorOnSale } from '@/lib/inventory';
import { FlavorCard } from './flavor-card';

export function FlavorList({ flavors }: { flavors: FlavorOnSale[] }) {
  if (flavors.length === 0) {
    return <p className="text-stone-700">Nenhum sabor no cardápio por enquanto.</p>;
  }
  return (
    <ul className="flex flex-col gap-3">
      {flavors.map((flavor) => (
        <FlavorCard key={flavor.productId} flavor={flavor} />
      ))}
    </ul>
  );
}
