import { MessagePage } from '@/components/message-page';

export default function NotFound() {
  return (
    <MessagePage title="Página não encontrada">
      O endereço que você abriu não existe. Confira o link ou volte ao início.
    </MessagePage>
  );
}
