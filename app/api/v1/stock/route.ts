import { apiHandler, apiJson } from '@/lib/api/handler';
import { readStock } from '@/lib/api/stock';

export const GET = apiHandler('read', async ({ key }) => apiJson(await readStock(key.tenantId)));
