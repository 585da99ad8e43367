import { answer, apiHandler } from '@/lib/api/handler';
import { orderCodeParam } from '@/lib/api/order-schemas';
import { cancelApiOrder } from '@/lib/api/orders';
import { problem } from '@/lib/api/problem';

export const POST = apiHandler<{ code: string }>('orders:write', async ({ key, params }) => {
  if (!orderCodeParam.safeParse(params.code).success) return problem('not_found', 'Pedido não encontrado.');
  return answer(await cancelApiOrder(key, params.code), 'order');
});
