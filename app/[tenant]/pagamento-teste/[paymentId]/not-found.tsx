'use client';

import { useParams } from 'next/navigation';
import { MessagePage } from '@/components/message-page';

export default function TestPaymentNotFound() {
  const { tenant } = useParams<{ tenant: string }>();
  return (
    <MessagePage title="Pagamento não encontrado" back={{ href: `/${tenant}`, label: 'Ver o cardápio da pizzaria' }}>
      Não achamos este pagamento de teste. Volte ao seu pedido pelo link que recebeu, ou faça um novo.
    </MessagePage>
  );
}
