import { openApiBatch, openBatchBodySchema } from '@/lib/api/batches';
import { answer, apiHandler } from '@/lib/api/handler';
import { readBody } from '@/lib/api/request';

export const POST = apiHandler('stock:write', async ({ request, key }) => {
  const body = await readBody(request, openBatchBodySchema);
  if (!body.ok) return body.response;
  return answer(await openApiBatch(key.tenantId, body.data), 'batch', 201);
});
