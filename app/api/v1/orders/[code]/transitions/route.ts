import { answer, apiHandler } from '@/lib/api/handler';
import { moveApiOrder } from '@/lib/api/kitchen';
import { orderCodeParam, transitionBodySchema } from '@/lib/api/order-schemas';
import { problem } from '@/lib/api/problem';
import { readBody } from '@/lib/api/request';

export const POST = apiHandler<{ code: string }>('orders:write', async ({ request, key, params }) => {
  if (!orderCodeParam.safeParse(params.code).success) return problem('not_found', 'Pedido não encontrado.');
  const body = await readBody(request, transitionBodySchema);
  if (!body.ok) return body.response;
  return answer(await moveApiOrder(key, params.code, body.data), 'order');
});
