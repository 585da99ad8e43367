import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-5 py-12">
      <h1 className="text-2xl font-bold text-tomato">Sem permissão</h1>
      <p className="leading-relaxed">Sua conta não tem acesso a esta página. Peça ao dono da pizzaria, se precisar.</p>
      <Link
        href="/painel"
        className="inline-flex min-h-11 items-center self-start font-semibold text-tomato underline underline-offset-4 hover:text-tomato-dark"
      >
        Ir para suas pizzarias
      </Link>
    </main>
  );
}
