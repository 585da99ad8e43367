import type { ApiScope } from '@/db/schema';
import { clientAddress } from '@/lib/http/client-address';
import { type VerifiedKey, verifyApiKey } from './keys';
import { apiLimits } from './limits';
import { problem } from './problem';

const BEARER = /^Bearer\s+(\S{1,200})$/i;

const unauthenticated = (detail: string, error?: 'invalid_token') =>
  problem('unauthenticated', detail, {
    headers: { 'WWW-Authenticate': error ? `Bearer realm="api", error="${error}"` : 'Bearer realm="api"' },
  });

/**
 * Who is calling: the live key in `Authorization: Bearer …` holding `scope`, or the answer to
 * send instead (401 without a usable key, 403 when the key lacks the scope). The key's pizzeria is
 * the only one its caller ever reaches.
 */
export async function authenticate(
  request: Request,
  scope: ApiScope,
): Promise<{ ok: true; key: VerifiedKey } | { ok: false; response: Response }> {
  const header = request.headers.get('authorization');
  if (!header) {
    return { ok: false, response: unauthenticated('Envie a chave de API no cabeçalho Authorization: Bearer <chave>.') };
  }
  const presented = BEARER.exec(header.trim())?.[1];
  const key = presented ? await verifyApiKey(presented) : null;
  if (!key) {
    const budget = await apiLimits.badKeyPerClient.limit(clientAddress(request.headers));
    if (!budget.allowed) return { ok: false, response: rateLimited(budget.retryAfterSeconds) };
    return {
      ok: false,
      response: unauthenticated('Chave de API inválida ou revogada.', 'invalid_token'),
    };
  }
  if (!key.scopes.includes(scope)) {
    return {
      ok: false,
      response: problem('insufficient_scope', `Esta chave não tem a permissão "${scope}".`, {
        extra: { requiredScope: scope },
        headers: { 'WWW-Authenticate': `Bearer realm="api", error="insufficient_scope", scope="${scope}"` },
      }),
    };
  }
  const calls = await apiLimits.perKey.limit(key.id);
  if (!calls.allowed) return { ok: false, response: rateLimited(calls.retryAfterSeconds) };
  return { ok: true, key };
}

const rateLimited = (seconds: number) =>
  problem('rate_limited', `Muitas requisições. Tente de novo em ${seconds} s.`, {
    headers: { 'Retry-After': String(seconds) },
  });
