import type { ApiScope } from '@/db/schema';
import { createApiKey } from '@/lib/api/keys';

/** A live key of `tenantId` holding `scopes`, as the owner would make it in Configurações. */
export async function keyFor(tenantId: string, scopes: ApiScope[] = ['read', 'orders:write', 'stock:write']) {
  const created = await createApiKey(tenantId, { name: 'Chave de teste', scopes }, null);
  if (!created.ok) throw new Error(created.error.message);
  return { key: created.key, id: created.apiKey.id };
}

/** A request to the API as an integration sends it. */
export function apiRequest(
  path: string,
  options: { key?: string | null; method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return new Request(`http://localhost:3000/api/v1${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

export const noParams = { params: Promise.resolve({}) };

/** Status, content type and parsed body of an answer. */
export async function read(response: Response) {
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: (await response.json()) as Record<string, unknown>,
  };
}
