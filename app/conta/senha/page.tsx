import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUserId } from '@/lib/auth';
import { PasswordForm } from './password-form';

export const metadata: Metadata = { title: 'Trocar senha' };

export default async function ChangePasswordPage() {
  if (!(await currentUserId())) redirect('/entrar?next=%2Fconta%2Fsenha');
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center gap-6 px-5 py-12">
      <Link
        href="/painel"
        className="inline-flex min-h-11 items-center text-sm font-semibold text-stone-700 hover:text-tomato"
      >
        ← Suas pizzarias
      </Link>
      <h1 className="text-3xl font-bold tracking-tight text-tomato">Trocar senha</h1>
      <PasswordForm />
    </main>
  );
}
