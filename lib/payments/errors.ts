import { type Result as DomainResult, fail } from '@/lib/result';

export { fail };

/** What a caller can be told went wrong; `message` is shown to people as is (pt-BR). */
export type PaymentError =
  | { code: 'invalid_input'; message: string; issues: { path: string; message: string }[] }
  | { code: 'order_not_found'; message: string }
  | { code: 'order_closed'; message: string; status: string }
  | { code: 'hold_expired'; message: string }
  | { code: 'payments_unavailable'; message: string }
  | { code: 'payer_email_required'; message: string }
  | { code: 'not_refundable'; message: string; status: string }
  | { code: 'provider_error'; message: string; providerStatus: number | null };

export type Result<T extends object> = DomainResult<T, PaymentError>;

/** A payment provider refused or failed a call. `status` is its HTTP status (null: no answer). */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

export function providerFailure(err: unknown) {
  const status = err instanceof ProviderError ? err.status : null;
  return fail({
    code: 'provider_error',
    message: 'O serviço de pagamento não respondeu como esperado. Tente de novo em instantes.',
    providerStatus: status,
  });
}
