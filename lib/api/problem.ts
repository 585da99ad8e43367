import { z } from 'zod';
import { ORDER_STATUSES } from '@/db/schema';

/**
 * Every way the API says no, as RFC 9457 problem details: a stable `type` per error (clients
 * switch on it), the HTTP status, a short title, and a pt-BR `detail` to show people.
 */
export const PROBLEMS = {
  invalid_request: { status: 400, title: 'Requisição inválida' },
  unauthenticated: { status: 401, title: 'Chave de API ausente ou inválida' },
  insufficient_scope: { status: 403, title: 'Chave sem permissão' },
  not_found: { status: 404, title: 'Não encontrado' },
  payload_too_large: { status: 413, title: 'Corpo grande demais' },
  unsupported_media_type: { status: 415, title: 'Envie JSON' },
  conflict: { status: 409, title: 'Conflito com o estado atual' },
  sold_out: { status: 409, title: 'Pedaços esgotados' },
  shop_closed: { status: 409, title: 'Pizzaria fechada' },
  order_closed: { status: 409, title: 'O pedido não está mais aguardando pagamento' },
  invalid_move: { status: 409, title: 'Movimento não permitido agora' },
  idempotency_key_reused: { status: 422, title: 'Idempotency-Key já usada com outro corpo' },
  unknown_product: { status: 422, title: 'Sabor desconhecido' },
  product_inactive: { status: 422, title: 'Sabor fora do cardápio' },
  rate_limited: { status: 429, title: 'Muitas requisições' },
  payment_unavailable: { status: 503, title: 'Pagamento indisponível' },
} as const satisfies Record<string, { status: number; title: string }>;
export type ProblemCode = keyof typeof PROBLEMS;

export const problemType = (code: ProblemCode) => `/api/v1/problems/${code.replaceAll('_', '-')}`;

export type FieldIssue = { field: string; detail: string };

export function problem(
  code: ProblemCode,
  detail: string,
  options: { extra?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Response {
  const { status, title } = PROBLEMS[code];
  return new Response(JSON.stringify({ type: problemType(code), title, status, detail, ...options.extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...options.headers },
  });
}

/** 400 naming each field at fault by its dotted path (`items.0.quantity`). */
export function invalidRequest(error: z.ZodError, where: 'body' | 'query' | 'path' | 'header' = 'body'): Response {
  const errors: FieldIssue[] = error.issues.map((i) => ({
    field: [where, ...i.path].join('.'),
    detail: i.message,
  }));
  const detail = `Dados inválidos: ${errors.map((e) => `${e.field}: ${e.detail}`).join('; ')}`;
  return problem('invalid_request', detail, { extra: { errors } });
}

/** The body of every error answer, as the OpenAPI document describes it. */
export const problemSchema = z
  .object({
    type: z.string().meta({ description: 'URI relativa estável por tipo de erro; o cliente decide por ela.' }),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string().meta({ description: 'Explicação em português, para mostrar a pessoas.' }),
    errors: z
      .array(z.object({ field: z.string(), detail: z.string() }))
      .optional()
      .meta({ description: 'No 400: cada campo com problema (`body.items.0.quantity`).' }),
    requiredScope: z.string().optional().meta({ description: 'No 403: a permissão que faltou.' }),
    availability: z
      .array(z.object({ productId: z.uuid(), name: z.string(), requested: z.int(), available: z.int() }))
      .optional()
      .meta({ description: 'No sold-out: quanto resta agora de cada sabor pedido.' }),
    productIds: z.array(z.uuid()).optional().meta({ description: 'Sabores desconhecidos ou fora do cardápio.' }),
    orderStatus: z.enum(ORDER_STATUSES).optional().meta({ description: 'A situação em que o pedido está.' }),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem' });
