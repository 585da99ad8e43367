import Link from 'next/link';
import type { ReactNode } from 'react';

/** Full-page notice for "not found" and similar dead ends. */
type Props = {
  title: string;
  children: ReactNode;
  /** Where to go from here; the platform's home page unless the dead end belongs to a pizzeria. */
  back?: { href: string; label: string };
};

export function MessagePage({ title, children, back = { href: '/', label: 'Voltar ao início' } }: Props) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-5 py-12">
      <h1 className="text-2xl font-bold text-tomato">{title}</h1>
      <p className="leading-relaxed">{children}</p>
      <Link
        href={back.href}
        className="inline-flex min-h-11 items-center self-start font-semibold text-tomato underline underline-offset-4 hover:text-tomato-dark"
      >
        {back.label}
      </Link>
    </main>
  );
}
