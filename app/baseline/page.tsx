import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Linha de base', robots: { index: false } };

/**
 * The framework's floor on this machine: the root layout and a few lines of text, no data and
 * no client JS of ours. `npm run bench:storefront` scores the storefront against it.
 */
export default function BaselinePage() {
  return (
    <main className="mx-auto max-w-xl px-4 pt-4 pb-12">
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-tomato">Meu Pedaço</h1>
      <p className="mt-2 text-stone-700">Pizza por pedaço, com o estoque do balcão em tempo real.</p>
    </main>
  );
}
