import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import type { ApiScope } from '@/db/schema';
import { batchSchema, closedBatchSchema, openBatchBodySchema } from './batches';
import { menuSchema } from './menu';
import {
  idempotencyHeadersSchema,
  orderListQuerySchema,
  orderListSchema,
  orderSchema,
  placeOrderBodySchema,
  transitionBodySchema,
} from './order-schemas';
import { PROBLEMS, type ProblemCode, problemSchema } from './problem';
import { stockSchema } from './stock';

const problemResponse = (codes: ProblemCode[]) => ({
  description: codes.map((c) => `\`${c.replaceAll('_', '-')}\`: ${PROBLEMS[c].title}`).join(' · '),
  content: { 'application/problem+json': { schema: problemSchema } },
});

type Operation = {
  summary: string;
  description: string;
  scope: ApiScope;
  ok: { status: '200' | '201'; schema: z.ZodType };
  /** Problems this operation answers besides 401/403 (and 400 when it reads input). */
  problems?: ProblemCode[];
  path?: z.ZodObject;
  query?: z.ZodObject;
  header?: z.ZodObject;
  body?: z.ZodType;
};

/** One operation of the API, with the refusals every authenticated call may get. */
function op(o: Operation): ZodOpenApiOperationObject {
  const byStatus = new Map<string, ProblemCode[]>([
    ['401', ['unauthenticated']],
    ['403', ['insufficient_scope']],
    ['429', ['rate_limited']],
  ]);
  const readsInput = o.query || o.header || o.body;
  const codes: ProblemCode[] = [
    ...(readsInput ? (['invalid_request'] as const) : []),
    ...(o.body ? (['payload_too_large', 'unsupported_media_type'] as const) : []),
    ...(o.problems ?? []),
  ];
  for (const code of codes) {
    const status = String(PROBLEMS[code].status);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: ZodOpenApiResponsesObject = {
    [o.ok.status]: { description: o.summary, content: { 'application/json': { schema: o.ok.schema } } },
  };
  for (const [status, list] of byStatus) responses[status as '400'] = problemResponse(list);
  responses['429'] = {
    ...problemResponse(['rate_limited']),
    headers: z.object({ 'Retry-After': z.int().min(1).meta({ description: 'Segundos até poder tentar de novo.' }) }),
  };
  return {
    summary: o.summary,
    description: `${o.description}\n\nPermissão: \`${o.scope}\`.`,
    security: [{ apiKey: [o.scope] }],
    ...(o.path || o.query || o.header
      ? {
          requestParams: {
            ...(o.path ? { path: o.path } : {}),
            ...(o.query ? { query: o.query } : {}),
            ...(o.header ? { header: o.header } : {}),
          },
        }
      : {}),
    ...(o.body ? { requestBody: { required: true, content: { 'application/json': { schema: o.body } } } } : {}),
    responses,
  };
}

const code = z.object({ code: z.string().meta({ description: 'Código do pedido, ex.: K7M2Q.' }) });

/** Built once per process from the very zod schemas the handlers parse and answer with. */
let built: ReturnType<typeof createDocument> | undefined;

export function openApiDocument() {
  built ??= createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Meu Pedaço — API pública',
      version: '1.0.0',
      description:
        'Pedaços de pizza em tempo real para totens, apps próprios, PDVs e parceiros de entrega. ' +
        'Cada chave de API vale só para a pizzaria que a criou (Configurações → Chaves de API). ' +
        'Erros seguem a RFC 9457 (`application/problem+json`): o `type` é estável e o `detail` vem em português.',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'mpk_<prefixo>_<segredo>',
          description: 'Chave criada pelo dono em Configurações; permissões `read`, `orders:write`, `stock:write`.',
        },
      },
    },
    paths: {
      '/menu': {
        get: op({
          summary: 'Cardápio',
          description: 'Sabores ativos, preço por pedaço e pedaços livres agora.',
          scope: 'read',
          ok: { status: '200', schema: menuSchema },
        }),
      },
      '/stock': {
        get: op({
          summary: 'Estoque',
          description: 'Pedaços livres por sabor e cada pizza aberta no balcão.',
          scope: 'read',
          ok: { status: '200', schema: stockSchema },
        }),
      },
      '/orders': {
        post: op({
          summary: 'Fazer um pedido',
          description:
            'Reserva os pedaços e inicia o pagamento, como o checkout da vitrine. Repetir com o mesmo ' +
            '`Idempotency-Key` devolve o mesmo pedido; com outro corpo, 422. Sem pedaços bastantes, 409 ' +
            'com `availability`: quanto resta de cada sabor.',
          scope: 'orders:write',
          header: idempotencyHeadersSchema,
          body: placeOrderBodySchema,
          ok: { status: '201', schema: orderSchema },
          problems: [
            'sold_out',
            'shop_closed',
            'idempotency_key_reused',
            'unknown_product',
            'product_inactive',
            'payment_unavailable',
          ],
        }),
        get: op({
          summary: 'Listar pedidos',
          description: 'Pedidos da pizzaria, do mais antigo ao mais novo, em páginas (`nextCursor`).',
          scope: 'read',
          query: orderListQuerySchema,
          ok: { status: '200', schema: orderListSchema },
        }),
      },
      '/orders/{code}': {
        get: op({
          summary: 'Ver um pedido',
          description: 'Situação, itens, pagamento e link do pedido.',
          scope: 'read',
          path: code,
          ok: { status: '200', schema: orderSchema },
          problems: ['not_found'],
        }),
      },
      '/orders/{code}/cancel': {
        post: op({
          summary: 'Cancelar um pedido',
          description: 'Só um pedido aguardando pagamento; os pedaços voltam à venda. Cancelar de novo não muda nada.',
          scope: 'orders:write',
          path: code,
          ok: { status: '200', schema: orderSchema },
          problems: ['not_found', 'order_closed'],
        }),
      },
      '/orders/{code}/transitions': {
        post: op({
          summary: 'Mover na cozinha',
          description: 'Para um KDS externo: Novo → Em preparo → Pronto → Entregue, ou desfazer. Repetir é inofensivo.',
          scope: 'orders:write',
          path: code,
          body: transitionBodySchema,
          ok: { status: '200', schema: orderSchema },
          problems: ['not_found', 'invalid_move'],
        }),
      },
      '/batches': {
        post: op({
          summary: 'Abrir uma pizza',
          description: 'Os pedaços entram à venda na hora, em todas as vitrines.',
          scope: 'stock:write',
          body: openBatchBodySchema,
          ok: { status: '201', schema: batchSchema },
          problems: ['unknown_product', 'product_inactive'],
        }),
      },
      '/batches/{id}/close': {
        post: op({
          summary: 'Fechar uma pizza',
          description: 'Tira a pizza do balcão; as fatias livres viram perda. Fechar de novo não muda nada.',
          scope: 'stock:write',
          path: z.object({ id: z.uuid() }),
          ok: { status: '200', schema: closedBatchSchema },
          problems: ['not_found'],
        }),
      },
    },
  });
  return built;
}
