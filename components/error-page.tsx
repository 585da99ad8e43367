'use client';

import type { ReactNode } from 'react';

/**
 * What a route segment shows when it fails to render: what went wrong, what is safe, and a
 * way to try again. Server errors reach Sentry through instrumentation.ts.
 */
export function ErrorPage({ title, children, retry }: { title: string; children: ReactNode; retry: () => void }) {
  return (
    <main role="alert" className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-5 py-12">
      <h1 className="text-2xl font-bold text-tomato">{title}</h1>
      <p className="leading-relaxed">{children}</p>
      <button
        type="button"
        onClick={() => retry()}
        className="self-start rounded-full bg-tomato px-6 py-3 font-semibold text-white hover:bg-tomato-dark focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-tomato"
      >
        Tentar de novo
      </button>
    </main>
  );
}
