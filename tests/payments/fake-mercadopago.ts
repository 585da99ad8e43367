import { getGlobalDispatcher, MockAgent, setGlobalDispatcher, type Dispatcher } from 'undici';

type MpPayment = {
  id: number;
  status: string;
  status_detail: string;
  external_reference: string;
  transaction_amount: number;
  payment_method_id: string;
  payment_type_id: string;
  date_of_expiration: string | null;
  point_of_interaction?: {
    type: string;
    transaction_data: { qr_code: string; qr_code_base64: string; ticket_url: string };
  };
};
export type Call = {
  method: string;
  path: string;
  idempotencyKey: string | null;
  body: Record<string, unknown> | null;
};

// A 1×1 PNG: what qr_code_base64 carries is a PNG, its pixels do not matter here.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/**
 * Mercado Pago at its HTTP boundary (api.mercadopago.com through undici's MockAgent), keeping
 * the payments it was asked to create, with the documented response shapes. Other hosts (the
 * Redis REST bridge on 127.0.0.1) pass through untouched.
 */
export function fakeMercadoPago() {
  const previous = getGlobalDispatcher();
  const agent = new MockAgent();
  agent.enableNetConnect(/^(127\.0\.0\.1|localhost)/);
  setGlobalDispatcher(agent);

  const payments = new Map<string, MpPayment>();
  const byKey = new Map<string, { statusCode: number; data: unknown }>();
  const calls: Call[] = [];
  const failures: { statusCode: number; data: unknown; path?: RegExp }[] = [];
  // Mercado Pago ids are unique across its whole API; test files share one database.
  let nextId = 1_000_000_000 + Math.floor(Math.random() * 8_000_000_000);

  function handle(opts: { path: string; method: string; headers?: unknown; body?: unknown }): {
    statusCode: number;
    data: unknown;
  } {
    const headers = normaliseHeaders(opts.headers);
    const body = typeof opts.body === 'string' && opts.body ? (JSON.parse(opts.body) as Record<string, unknown>) : null;
    const key = headers['x-idempotency-key'] ?? null;
    const path = opts.path.split('?')[0]!;
    calls.push({ method: opts.method, path, idempotencyKey: key, body });
    const failure = failures.findIndex((f) => !f.path || f.path.test(`${opts.method} ${path}`));
    if (failure >= 0) return failures.splice(failure, 1)[0]!;
    if (headers.authorization?.startsWith('Bearer ') !== true)
      return error(401, 'unauthorized', 'invalid access token');

    // Mercado Pago answers a repeated write with the same idempotency key with the first answer.
    const replay = key ? byKey.get(`${opts.method} ${path} ${key}`) : undefined;
    if (replay) return replay;
    const answer = route(opts.method, path, body);
    if (key && opts.method !== 'GET') byKey.set(`${opts.method} ${path} ${key}`, answer);
    return answer;
  }

  function route(
    method: string,
    path: string,
    body: Record<string, unknown> | null,
  ): { statusCode: number; data: unknown } {
    const paymentPath = /^\/v1\/payments\/(\d+)$/.exec(path);
    const refundPath = /^\/v1\/payments\/(\d+)\/refunds$/.exec(path);
    if (method === 'POST' && path === '/v1/payments') {
      if (!body?.transaction_amount || !(body.payer as { email?: string } | undefined)?.email) {
        return error(400, 'bad_request', 'payer.email must be a valid email');
      }
      const id = nextId++;
      const payment: MpPayment = {
        id,
        status: 'pending',
        status_detail: 'pending_waiting_transfer',
        external_reference: String(body.external_reference),
        transaction_amount: Number(body.transaction_amount),
        payment_method_id: 'pix',
        payment_type_id: 'bank_transfer',
        date_of_expiration: String(body.date_of_expiration),
        point_of_interaction: {
          type: 'PIX',
          transaction_data: {
            qr_code: `00020126580014br.gov.bcb.pix0136${id}5204000053039865802BR6304ABCD`,
            qr_code_base64: PNG_BASE64,
            ticket_url: `https://www.mercadopago.com.br/payments/${id}/ticket`,
          },
        },
      };
      payments.set(String(id), payment);
      return { statusCode: 201, data: payment };
    }
    if (method === 'POST' && path === '/checkout/preferences/') {
      const id = `1234567-${nextId++}`;
      return {
        statusCode: 201,
        data: {
          id,
          init_point: `https://www.mercadopago.com.br/checkout/v1/redirect?pref_id=${id}`,
          sandbox_init_point: `https://sandbox.mercadopago.com.br/checkout/v1/redirect?pref_id=${id}`,
          ...body,
        },
      };
    }
    if (paymentPath) {
      const payment = payments.get(paymentPath[1]!);
      if (!payment) return error(404, 'not_found', 'Payment not found');
      if (method === 'PUT') {
        if (payment.status !== 'pending') return error(400, 'bad_request', 'Payment cannot be cancelled');
        Object.assign(payment, { status: 'cancelled', status_detail: 'by_collector' });
      }
      return { statusCode: 200, data: payment };
    }
    if (method === 'POST' && refundPath) {
      const payment = payments.get(refundPath[1]!);
      if (!payment) return error(404, 'not_found', 'Payment not found');
      if (payment.status !== 'approved') return error(400, 'bad_request', 'Payment not refundable');
      Object.assign(payment, { status: 'refunded', status_detail: 'refunded' });
      return {
        statusCode: 201,
        data: {
          id: nextId++,
          payment_id: payment.id,
          amount: payment.transaction_amount,
          status: 'approved',
          source: { type: 'collector' },
        },
      };
    }
    return error(404, 'not_found', `no route ${method} ${path}`);
  }

  const pool = agent.get('https://api.mercadopago.com');
  pool
    .intercept({ path: () => true, method: () => true })
    .reply((opts) => {
      const { statusCode, data } = handle(opts as Parameters<typeof handle>[0]);
      return {
        statusCode,
        data: JSON.stringify(data),
        responseOptions: { headers: { 'content-type': 'application/json' } },
      };
    })
    .persist();

  return {
    calls,
    payments,
    /** The next call(s) (matching `path`, e.g. /^POST .*\/refunds$/) answer this instead (4xx/5xx as Mercado Pago sends them). */
    failNext(statusCode: number, times = 1, path?: RegExp) {
      for (let i = 0; i < times; i++) {
        failures.push({
          ...error(statusCode, statusCode >= 500 ? 'internal_error' : 'bad_request', `fake ${statusCode}`),
          path,
        });
      }
    },
    /** The payer paid (or the bank said no). */
    setStatus(
      id: string,
      status: string,
      statusDetail = status === 'approved' ? 'accredited' : 'cc_rejected_other_reason',
    ) {
      Object.assign(payments.get(id)!, { status, status_detail: statusDetail });
    },
    /** A payment made through a Checkout Pro preference (each card attempt is one). */
    cardPayment(externalReference: string, amountCents: number, status: string, paymentMethodId = 'master') {
      const id = nextId++;
      payments.set(String(id), {
        id,
        status,
        status_detail: status === 'approved' ? 'accredited' : 'cc_rejected_other_reason',
        external_reference: externalReference,
        transaction_amount: amountCents / 100,
        payment_method_id: paymentMethodId,
        payment_type_id: paymentMethodId === 'pix' ? 'bank_transfer' : 'credit_card',
        date_of_expiration: null,
      });
      return String(id);
    },
    close: async () => {
      setGlobalDispatcher(previous as Dispatcher);
      await agent.close();
    },
  };
}

function error(status: number, code: string, message: string) {
  return {
    statusCode: status,
    data: { message, error: code, status, cause: [{ code: status, description: message }] },
  };
}

function normaliseHeaders(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw) return out;
  if (Array.isArray(raw)) {
    for (let i = 0; i < raw.length; i += 2) out[String(raw[i]).toLowerCase()] = String(raw[i + 1]);
  } else if (
    typeof (raw as Headers).forEach === 'function' &&
    !(raw as object).constructor?.name?.startsWith('Object')
  ) {
    (raw as Headers).forEach((v, k) => {
      out[k.toLowerCase()] = v;
    });
  } else {
    for (const [k, v] of Object.entries(raw as Record<string, string>)) out[k.toLowerCase()] = String(v);
  }
  return out;
}
