import { z } from 'zod';
import { closeApiBatch } from '@/lib/api/batches';
import { answer, apiHandler } from '@/lib/api/handler';
import { problem } from '@/lib/api/problem';

export const POST = apiHandler<{ id: string }>('stock:write', async ({ key, params }) => {
  if (!z.uuid().safeParse(params.id).success) return problem('not_found', 'Pizza não encontrada.');
  return answer(await closeApiBatch(key.tenantId, params.id), 'batch');
});
