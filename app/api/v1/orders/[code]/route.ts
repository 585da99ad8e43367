import { apiHandler, apiJson } from '@/lib/api/handler';
import { orderCodeParam } from '@/lib/api/order-schemas';
import { readOrder } from '@/lib/api/orders';
import { problem } from '@/lib/api/problem';

export const GET = apiHandler<{ code: string }>('read', async ({ key, params }) => {
  const order = orderCodeParam.safeParse(params.code).success ? await readOrder(key, params.code) : null;
  return order ? apiJson(order) : problem('not_found', 'Pedido não encontrado.');
});
