'use client';

import { ErrorPage } from '@/components/error-page';

export default function CheckoutError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPage title="Não conseguimos abrir o pagamento" retry={retry}>
      Seu carrinho continua guardado neste aparelho. Tente de novo em instantes.
    </ErrorPage>
  );
}
