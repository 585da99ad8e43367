'use client';

// Server errors reach Sentry through instrumentation.ts; this only offers the way back.
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <main role="alert" className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-5 py-12">
      <h1 className="text-2xl font-bold text-tomato">Algo deu errado</h1>
      <p className="leading-relaxed">Não conseguimos carregar esta página agora. Tente de novo em instantes.</p>
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
