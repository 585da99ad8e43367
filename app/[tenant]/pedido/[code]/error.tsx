'use client';

import { ErrorPage } from '@/components/error-page';

export default function OrderError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPage title="Não conseguimos mostrar seu pedido" retry={retry}>
      Seu pedido e seu pagamento continuam registrados. Tente de novo em instantes ou abra outra vez o link do pedido.
    </ErrorPage>
  );
}
