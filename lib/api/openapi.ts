import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import type { z } from 'zod';
import { menuSchema } from './menu';
import { PROBLEMS, type ProblemCode, problemSchema } from './problem';
import { stockSchema } from './stock';

const problemResponse = (...codes: ProblemCode[]) => ({
  description: codes.map((c) => PROBLEMS[c].title).join(' · '),
  content: { 'application/problem+json': { schema: problemSchema } },
});

/** The answers every authenticated operation may give besides its own. */
const refusals: ZodOpenApiResponsesObject = {
  '401': problemResponse('unauthenticated'),
  '403': problemResponse('insufficient_scope'),
};

const json = (description: string, schema: z.ZodType) => ({
  description,
  content: { 'application/json': { schema } },
});

function read(summary: string, description: string, schema: z.ZodType): ZodOpenApiOperationObject {
  return {
    summary,
    description: `${description} Permissão: \`read\`.`,
    security: [{ apiKey: [] }],
    responses: { '200': json(summary, schema), ...refusals },
  };
}

/** Built once per process from the very zod schemas the handlers answer with. */
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
        'Erros seguem a RFC 9457 (`application/problem+json`).',
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
      '/menu': { get: read('Cardápio', 'Sabores ativos, preço por pedaço e pedaços livres agora.', menuSchema) },
      '/stock': { get: read('Estoque', 'Pedaços livres por sabor e cada pizza aberta no balcão.', stockSchema) },
    },
  });
  return built;
}
