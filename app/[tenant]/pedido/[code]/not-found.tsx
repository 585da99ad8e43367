'use client';

import { useParams } from 'next/navigation';
import { MessagePage } from '@/components/message-page';

// A wrong token, an unknown code: the pizzeria may well exist, so the way out is its menu.
export default function OrderNotFound() {
  const { tenant } = useParams<{ tenant: string }>();
  return (
    <MessagePage title="Pedido não encontrado" back={{ href: `/${tenant}`, label: 'Ver o cardápio da pizzaria' }}>
      Não achamos este pedido. Confira se o link está completo, do jeito que você recebeu ao fazer o pedido.
    </MessagePage>
  );
}
