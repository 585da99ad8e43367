import Link from 'next/link';
import { PizzaSliceIcon } from '@/components/pizza-slice-icon';

const FOR_SHOPS = [
  ['Vitrine no celular', 'Seus clientes veem quantos pedaços de cada sabor restam agora e pagam com PIX ou cartão.'],
  ['Cozinha ao vivo', 'Cada pedido pago aparece na hora no tablet da cozinha, com som.'],
  ['Painel do dono', 'Cardápio, pizzas abertas, pedidos, reembolsos, vendas e desperdício do dia.'],
] as const;

const button =
  'inline-flex min-h-11 items-center justify-center rounded-full px-6 font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-tomato';

export default function HomePage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-6 px-5 py-10">
      <PizzaSliceIcon className="size-14" />
      <h1 className="text-4xl font-bold tracking-tight text-tomato">Meu Pedaço</h1>
      <p className="text-lg leading-relaxed">
        Venda pizza por pedaço com o balcão em tempo real: nunca se vende um pedaço que não existe.
      </p>
      <ul className="flex flex-col gap-3">
        {FOR_SHOPS.map(([title, text]) => (
          <li key={title} className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
            <p className="font-semibold">{title}</p>
            <p className="text-stone-700">{text}</p>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Link href="/cadastro" className={`${button} bg-tomato text-white shadow-sm hover:bg-tomato-dark`}>
          Cadastre sua pizzaria
        </Link>
        <Link href="/entrar" className={`${button} bg-white text-stone-900 ring-1 ring-stone-300 hover:bg-stone-50`}>
          Entrar
        </Link>
      </div>
      <p className="text-stone-700">
        Quer ver como o cliente compra?{' '}
        <Link
          href="/pizzaria-demo"
          className="inline-flex min-h-11 items-center font-semibold text-tomato underline underline-offset-4"
        >
          Ver a pizzaria demo
        </Link>
      </p>
    </main>
  );
}
