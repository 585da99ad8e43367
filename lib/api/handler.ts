import type { ApiScope } from '@/db/schema';
import type { DomainError, Result } from '@/lib/result';
import { domainProblem } from './domain-problem';
import { authenticate } from './auth';
import type { VerifiedKey } from './keys';

type Context<P> = { params: Promise<P> };
export type ApiCall<P> = { request: Request; key: VerifiedKey; params: P };

/** A route handler of the API: the key is checked (and its scope) before `run` sees anything. */
export function apiHandler<P = Record<string, never>>(scope: ApiScope, run: (call: ApiCall<P>) => Promise<Response>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    const auth = await authenticate(request, scope);
    if (!auth.ok) return auth.response;
    return run({ request, key: auth.key, params: await context.params });
  };
}

export const apiJson = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

/** A domain answer as the API's: the value under `field` with `status`, or its problem. */
export function answer<K extends string, T extends object>(
  result: Result<{ [k in K]: T }>,
  field: K,
  status = 200,
): Response {
  return result.ok
    ? apiJson(result[field], status)
    : domainProblem(result.error as DomainError & Record<string, unknown>);
}
