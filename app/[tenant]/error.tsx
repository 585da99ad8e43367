'use client';

import { ErrorPage } from '@/components/error-page';

export default function StorefrontError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPage title="Não conseguimos carregar esta página" retry={retry}>
      Tente de novo em instantes. Seu carrinho continua guardado neste aparelho.
    </ErrorPage>
  );
}
