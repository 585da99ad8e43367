import { apiHandler, apiJson } from '@/lib/api/handler';
import { readMenu } from '@/lib/api/menu';

export const GET = apiHandler('read', async ({ key }) => apiJson(await readMenu(key.tenantId)));
