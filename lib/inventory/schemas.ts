import { z } from 'zod';
import { cartSchema, idempotencyKeySchema, MAX_SLICES_PER_ORDER, safeText } from '@/lib/validation';

export { MAX_SLICES_PER_ORDER };

const id = z.uuid({ error: 'identificador inválido' });

export const reserveInputSchema = z.object({
  tenantId: id,
  idempotencyKey: idempotencyKeySchema,
  items: cartSchema,
  customer: z
    .object({
      name: safeText({ min: [1, 'Informe o nome.'], max: [80, 'Nome longo demais.'] }),
      phone: safeText({ max: [30, 'Telefone longo demais.'] }).optional(),
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
