import { z } from 'zod';
import { MAX_SLICES_PER_ORDER } from './limits';

export { MAX_SLICES_PER_ORDER };

const id = z.uuid({ error: 'identificador inválido' });

export const reserveInputSchema = z.object({
  tenantId: id,
  idempotencyKey: z
    .string()
    .min(8, 'chave de idempotência curta demais')
    .max(128, 'chave de idempotência longa demais')
    .regex(/^[\w.:-]+$/, 'chave de idempotência com caracteres inválidos'),
  items: z
    .array(
      z.object({
        productId: id,
        quantity: z.coerce
          .number({ error: 'quantidade inválida' })
          .int('a quantidade deve ser um número inteiro')
          .min(1, 'escolha pelo menos 1 pedaço')
          .max(MAX_SLICES_PER_ORDER, `no máximo ${MAX_SLICES_PER_ORDER} pedaços por sabor`),
      }),
    )
    .min(1, 'o pedido está vazio')
    .max(12, 'sabores demais em um pedido'),
  customer: z
    .object({
      name: z.string().trim().min(1).max(80),
      phone: z.string().trim().max(30).optional(),
      email: z.email().max(120).optional(),
    })
    .optional(),
});
export type ReserveInput = z.input<typeof reserveInputSchema>;

export const orderRefSchema = z.object({ tenantId: id, orderId: id });
export type OrderRef = z.input<typeof orderRefSchema>;

export const openBatchSchema = z.object({
  tenantId: id,
  productId: id,
  sliceCount: z.coerce.number().int().min(4).max(16).optional(),
});
export type OpenBatchInput = z.input<typeof openBatchSchema>;

export function invalidInput(error: z.ZodError) {
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return {
    ok: false as const,
    error: {
      code: 'invalid_input' as const,
      message: `Dados inválidos: ${issues.map((i) => i.message).join('; ')}.`,
      issues,
    },
  };
}
