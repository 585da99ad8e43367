import type { ApiScope } from '@/db/schema';
import { createApiKey } from '@/lib/api/keys';

/** A live key of `tenantId` holding `scopes`, as the owner would make it in Configurações. */
export async function keyFor(tenantId: string, scopes: ApiScope[] = ['read', 'orders:write', 'stock:write']) {
  const created = await createApiKey(tenantId, { name: 'Chave de teste', scopes }, null);
  if (!created.ok) throw new Error(created.error.message);
  return { key: created.key, id: created.apiKey.id };
}
