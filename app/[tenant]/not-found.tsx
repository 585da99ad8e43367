import { MessagePage } from '@/components/message-page';

export default function TenantNotFound() {
  return (
    <MessagePage title="Pizzaria não encontrada">
      Não achamos nenhuma pizzaria neste endereço. Confira o link que você recebeu.
    </MessagePage>
  );
}
