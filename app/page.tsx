import Link from 'next/link';
import { PizzaSliceIcon } from '@/components/pizza-slice-icon';

export default function HomePage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-6 px-5 py-12">
      <PizzaSliceIcon className="size-16" />
      <h1 className="text-4xl font-bold tracking-tight text-tomato">Meu Pedaço</h1>
      <p className="text-lg leading-relaxed">
        Pizza vendida por pedaço, com o balcão em tempo real: o cliente vê quantos pedaços de cada sabor restam agora,
        paga com PIX ou cartão e acompanha o pedido até ficar pronto. Nunca se vende um pedaço que não existe.
      </p>
      <p className="leading-relaxed text-stone-700">
        Cada pizzaria tem sua vitrine, sua cozinha e seu painel de vendas e desperdício.
      </p>
      <Link
        href="/pizzaria-demo"
        className="self-start rounded-full bg-tomato px-6 py-3 font-semibold text-white shadow-sm hover:bg-tomato-dark focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-tomato"
      >
        Ver a pizzaria demo
      </Link>
    </main>
  );
}
