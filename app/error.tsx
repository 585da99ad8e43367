'use client';

import { ErrorPage } from '@/components/error-page';

export default function RootError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPage title="Algo deu errado" retry={retry}>
      Não conseguimos carregar esta página agora. Tente de novo em instantes.
    </ErrorPage>
  );
}
