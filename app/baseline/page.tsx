import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { env } from '@/lib/env.js';

export const metadata: Metadata = { title: 'Linha de base', robots: { index: false } };

/**
 * The framework's floor on this machine: the root layout and a few lines of text, no data and
 * no client JS of ours. `npm run bench:storefront` scores the storefront against it. Only a build
 * with BENCH_BASELINE_PAGE=1 (the bench's) has it; in every other build it is a 404.
 */
export default function BaselinePage() {
  if (env.BENCH_BASELINE_PAGE !== '1') notFound();
  return (
    <main className="mx-auto max-w-xl px-4 pt-4 pb-12">
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-tomato">Meu Pedaço</h1>
      <p className="mt-2 text-stone-700">Pizza por pedaço, com o estoque do balcão em tempo real.</p>
    </main>
  );
}
