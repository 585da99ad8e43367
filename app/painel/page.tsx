import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { signOutAction } from '@/app/entrar/actions';
import { BrandLink } from '@/components/brand-link';
import { SignOutButton } from '@/components/sign-out-button';
import { currentUserId, homePathFor, listMembershipsOf } from '@/lib/auth';

export const metadata: Metadata = { title: 'Suas pizzarias' };

const ROLE_LABEL = { owner: 'Dono', manager: 'Gerente', kitchen: 'Cozinha' } as const;

/** Where sign-in lands: straight to the one pizzeria, or a choice among several. */
export default async function PanelPage() {
  const userId = await currentUserId();
  if (!userId) redirect('/entrar?next=%2Fpainel');
  const places = await listMembershipsOf(userId);
  if (places.length === 1) redirect(homePathFor(places[0]!.slug, places[0]!.role));

  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col gap-6 px-5 py-12">
      <BrandLink />
      <h1 className="text-3xl font-bold tracking-tight text-tomato">Suas pizzarias</h1>
      {places.length === 0 ? (
        <p>
          Sua conta ainda não faz parte de nenhuma pizzaria.{' '}
          <Link
            href="/cadastro"
            className="inline-flex min-h-11 items-center font-semibold text-tomato underline underline-offset-4"
          >
            Cadastre a sua
          </Link>
          .
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {places.map((p) => (
            <li key={p.slug}>
              <Link
                href={homePathFor(p.slug, p.role)}
                className="flex items-center justify-between rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 hover:ring-tomato"
              >
                <span className="font-semibold">{p.name}</span>
                <span className="text-sm text-stone-600">{ROLE_LABEL[p.role]}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-6">
        <Link
          href="/conta/senha"
          className="inline-flex min-h-11 items-center font-semibold text-stone-700 underline underline-offset-4 hover:text-tomato"
        >
          Trocar senha
        </Link>
        <SignOutButton action={signOutAction} />
      </div>
    </main>
  );
}
