import { z } from 'zod';
import { ORDER_STATUSES } from '@/db/schema';
import { checkoutSchema } from '@/lib/checkout/checkout-schema';
import { KITCHEN_FLOW } from '@/lib/orders/transitions';
import { cartSchema } from '@/lib/validation';

const instant = z.iso.datetime({ offset: true });

/** The storefront checkout's own field rules, as JSON: one definition of a valid order. */
export const placeOrderBodySchema = z
  .object({
    items: cartSchema.meta({ description: 'Sabores e quantas fatias de cada (até 24 por sabor, 12 sabores).' }),
    customer: z.object({
      name: checkoutSchema.shape.name,
      phone: checkoutSchema.shape.phone.meta({ description: 'WhatsApp com DDD, ex.: (11) 91234-5678.' }),
      email: checkoutSchema.shape.email,
    }),
    method: checkoutSchema.shape.method,
  })
  .meta({ id: 'PlaceOrder' });
export type PlaceOrderBody = z.output<typeof placeOrderBodySchema>;

export const idempotencyHeadersSchema = z.object({
  'idempotency-key': z
    .string({ error: 'Envie o cabeçalho Idempotency-Key.' })
    .regex(/^[\w.:-]{8,128}$/, 'O Idempotency-Key deve ter de 8 a 128 letras, números ou . : _ -.')
    .meta({ description: 'A mesma chave devolve o mesmo pedido; com outro corpo, 422.' }),
});

export const paymentSchema = z
  .object({
    id: z.uuid(),
    provider: z.enum(['mercadopago', 'dev']),
    method: z.enum(['pix', 'card']),
    status: z.string(),
    amountCents: z.int(),
    pix: z
      .object({ qrCode: z.string(), qrImageDataUrl: z.string(), expiresAt: instant })
      .optional()
      .meta({ description: 'PIX copia-e-cola e QR; vale até o fim da reserva.' }),
    redirectUrl: z.string().optional().meta({ description: 'Cartão: o checkout para onde levar o cliente.' }),
  })
  .meta({ id: 'Payment' });

export const orderSchema = z
  .object({
    id: z.uuid(),
    code: z.string().meta({ description: 'Código curto que o balcão chama; único na pizzaria.' }),
    status: z.enum(ORDER_STATUSES),
    cancelReason: z.string().nullable(),
    endedBecause: z.string().nullable(),
    totalCents: z.int(),
    createdAt: instant,
    paidAt: instant.nullable(),
    holdExpiresAt: instant.meta({
      description: 'Os pedaços ficam reservados até aqui enquanto o pagamento não chega.',
    }),
    holdExtended: z.boolean(),
    customerFirstName: z.string().nullable(),
    items: z.array(z.object({ productId: z.uuid(), name: z.string(), quantity: z.int(), unitPriceCents: z.int() })),
    payment: paymentSchema.nullable(),
    orderUrl: z.string().meta({ description: 'Página do pedido para o cliente (o link leva a chave de acesso).' }),
  })
  .meta({ id: 'Order' });
export type ApiOrder = z.infer<typeof orderSchema>;

export const orderCodeParam = z.string().regex(/^[A-Z0-9]{3,12}$/, 'Código de pedido inválido.');

export const orderListQuerySchema = z.object({
  status: z.enum(ORDER_STATUSES, { error: `Use um destes: ${ORDER_STATUSES.join(', ')}.` }).optional(),
  since: z.iso
    .datetime({ offset: true, error: 'Use data e hora ISO 8601, ex.: 2026-12-01T18:00:00-03:00.' })
    .optional()
    .meta({ description: 'Só pedidos criados a partir deste instante.' }),
  cursor: z
    .string()
    .regex(/^[\w-]{1,200}$/, 'Cursor inválido: use o nextCursor da página anterior.')
    .optional(),
  limit: z.coerce
    .number({ error: 'Use um número de 1 a 100.' })
    .int('Use um número de 1 a 100.')
    .min(1)
    .max(100)
    .default(50),
});

export const orderSummarySchema = z
  .object({
    code: z.string(),
    status: z.enum(ORDER_STATUSES),
    totalCents: z.int(),
    customerFirstName: z.string().nullable(),
    createdAt: instant,
    paidAt: instant.nullable(),
  })
  .meta({ id: 'OrderSummary' });

export const orderListSchema = z
  .object({
    orders: z.array(orderSummarySchema),
    nextCursor: z.string().nullable().meta({ description: 'Passe em `cursor` para a próxima página; null no fim.' }),
  })
  .meta({ id: 'OrderList' });
export type OrderList = z.infer<typeof orderListSchema>;

export const transitionBodySchema = z
  .discriminatedUnion(
    'move',
    [
      z.object({ move: z.enum(['start', 'ready', 'deliver']) }),
      z.object({ move: z.literal('undo'), from: z.enum(KITCHEN_FLOW, { error: 'Situação inválida.' }) }),
    ],
    { error: 'Use move: start, ready, deliver ou undo.' },
  )
  .meta({
    id: 'Transition',
    description: 'start: Novo → Em preparo; ready: → Pronto; deliver: → Entregue; undo desfaz o último (informe from).',
  });
