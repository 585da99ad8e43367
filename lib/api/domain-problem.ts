import type { DomainError } from '@/lib/result';
import { type FieldIssue, PROBLEMS, type ProblemCode, problem } from './problem';

/** Domain codes whose problem type has another name, or that share one. */
const RENAMED: Record<string, ProblemCode> = {
  idempotency_conflict: 'idempotency_key_reused',
  order_not_found: 'not_found',
  batch_not_found: 'not_found',
  tenant_not_found: 'not_found',
  hold_expired: 'order_closed',
  payments_unavailable: 'payment_unavailable',
  payer_email_required: 'payment_unavailable',
};

/**
 * What each kind of error tells a client beside its message, so it can recover without parsing
 * text; the order's status is renamed, as `status` is the HTTP status in a problem.
 */
const EXTRAS = { availability: 'availability', productIds: 'productIds', status: 'orderStatus' } as const;

/**
 * A domain module's "no" (lib/result.ts) as the API's problem answer: the same pt-BR message as
 * `detail`, and the data a caller needs (the slices left when sold out, the order's status …).
 */
export function domainProblem(error: DomainError & Record<string, unknown>, field = 'body'): Response {
  if (error.code === 'invalid_input') {
    const issues = (error.issues ?? []) as { path: string; message: string }[];
    const errors: FieldIssue[] = issues.map((i) => ({
      field: [field, i.path].filter(Boolean).join('.'),
      detail: i.message,
    }));
    return problem('invalid_request', error.message, { extra: { errors } });
  }
  if (error.code === 'rate_limited') {
    const seconds = Number(error.retryAfterSeconds ?? 1);
    return problem('rate_limited', error.message, { headers: { 'Retry-After': String(seconds) } });
  }
  const code = RENAMED[error.code] ?? (Object.hasOwn(PROBLEMS, error.code) ? (error.code as ProblemCode) : 'conflict');
  const extra = Object.fromEntries(
    Object.entries(EXTRAS)
      .filter(([from]) => error[from] !== undefined)
      .map(([from, to]) => [to, error[from]]),
  );
  return problem(code, error.message, { extra });
}
