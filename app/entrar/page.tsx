import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignOutButton } from '@/components/sign-out-button';
import { BrandLink } from '@/components/brand-link';
import { currentUserId, safeNextPath } from '@/lib/auth';
import { signOutAction } from './actions';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Entrar' };

type Props = { searchParams: Promise<{ next?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next, error } = await searchParams;
  const signedIn = Boolean(await currentUserId());
  // Sent here by a page (`next`): go straight back. Came on purpose (a shared tablet, another
  // person): offer to switch accounts instead of bouncing them to the last user's board.
  if (signedIn && next) redirect(safeNextPath(next));
  if (signedIn) {
    return (
      <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center gap-6 px-5 py-12">
        <BrandLink />
        <h1 className="text-3xl font-bold tracking-tight text-tomato">Você já entrou</h1>
        <p className="text-stone-700">
          Este aparelho já tem uma conta conectada. Para usar outra, saia desta primeiro.
        </p>
        <Link
          href="/painel"
          className="inline-flex min-h-11 items-center justify-center rounded-full bg-tomato px-6 font-semibold text-white"
        >
          Continuar com a conta atual
        </Link>
        <SignOutButton action={signOutAction} label="Entrar com outra conta" />
      </main>
    );
  }
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center gap-6 px-5 py-12">
      <BrandLink />
      <h1 className="text-3xl font-bold tracking-tight text-tomato">Entrar</h1>
      <p className="text-stone-700">Acesso para donos, gerentes e cozinha das pizzarias.</p>
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm font-medium text-tomato">
          Não foi possível entrar. Confira e-mail e senha.
        </p>
      )}
      <SignInForm next={next ? safeNextPath(next) : undefined} />
      <p className="text-stone-700">
        Tem uma pizzaria e ainda não usa o Meu Pedaço?{' '}
        <Link
          href="/cadastro"
          className="inline-flex min-h-11 items-center font-semibold text-tomato underline underline-offset-4"
        >
          Cadastre sua pizzaria
        </Link>
      </p>
    </main>
  );
}
