import { answer, apiHandler, apiJson } from '@/lib/api/handler';
import { listApiOrders } from '@/lib/api/order-list';
import { idempotencyHeadersSchema, orderListQuerySchema, placeOrderBodySchema } from '@/lib/api/order-schemas';
import { placeApiOrder } from '@/lib/api/orders';
import { problem } from '@/lib/api/problem';
import { idempotencyKeyOf, parseWith, queryOf, readBody } from '@/lib/api/request';

export const POST = apiHandler('orders:write', async ({ request, key }) => {
  const headers = parseWith(idempotencyHeadersSchema, { 'idempotency-key': idempotencyKeyOf(request) }, 'header');
  if (!headers.ok) return headers.response;
  const body = await readBody(request, placeOrderBodySchema);
  if (!body.ok) return body.response;
  return answer(await placeApiOrder(key, headers.data['idempotency-key'], body.data), 'order', 201);
});

export const GET = apiHandler('read', async ({ request, key }) => {
  const query = parseWith(orderListQuerySchema, queryOf(request), 'query');
  if (!query.ok) return query.response;
  const list = await listApiOrders(key.tenantId, query.data);
  if (!list) {
    return problem('invalid_request', 'Cursor inválido: use o nextCursor da página anterior.', {
      extra: { errors: [{ field: 'query.cursor', detail: 'Cursor inválido.' }] },
    });
  }
  return apiJson(list);
});
