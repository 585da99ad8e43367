import type { Metadata } from 'next';
import { DEFAULT_HOLD_SECONDS } from '@/db/schema';
import Link from 'next/link';
import { BrandLink } from '@/components/brand-link';
import { env } from '@/lib/env.js';
import { SignUpForm } from './sign-up-form';

export const metadata: Metadata = { title: 'Cadastre sua pizzaria' };
export const dynamic = 'force-dynamic';

export default function SignUpPage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col gap-6 px-5 py-12">
      <BrandLink />
      <h1 className="text-3xl font-bold tracking-tight text-tomato">Cadastre sua pizzaria</h1>
      <p className="text-stone-700">
        Em um minuto sua vitrine está no ar. Depois é só cadastrar os sabores e abrir as pizzas.
      </p>
      <SignUpForm appUrl={env.APP_URL.replace(/\/$/, '')} defaultHoldSeconds={DEFAULT_HOLD_SECONDS} />
      <p className="text-stone-700">
        Já tem conta?{' '}
        <Link
          href="/entrar"
          className="inline-flex min-h-11 items-center font-semibold text-tomato underline underline-offset-4"
        >
          Entrar
        </Link>
      </p>
    </main>
  );
}
