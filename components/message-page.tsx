import Link from 'next/link';
import type { ReactNode } from 'react';

/** Full-page notice for "not found" and similar dead ends. */
export function MessagePage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-5 py-12">
      <h1 className="text-2xl font-bold text-tomato">{title}</h1>
      <p className="leading-relaxed">{children}</p>
      <Link
        href="/"
        className="self-start font-semibold text-tomato underline underline-offset-4 hover:text-tomato-dark"
      >
        Voltar ao início
      </Link>
    </main>
  );
}
