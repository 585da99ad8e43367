'use client';

import { ErrorPage } from '@/components/error-page';

export default function KitchenError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPage title="O painel da cozinha não carregou" retry={retry}>
      Os pedidos pagos continuam guardados e voltam assim que o painel carregar. Tente de novo em instantes.
    </ErrorPage>
  );
}
