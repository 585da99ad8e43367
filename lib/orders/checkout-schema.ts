import { z } from 'zod';
import { MAX_SLICES_PER_ORDER } from '@/lib/inventory/limits';

/** Brazilian numbers with area code: 10 digits (landline) or 11 (mobile), optional +55. */
function toBrazilianE164(raw: string, ctx: z.RefinementCtx) {
  let digits = raw.replace(/\D/g, '');
  if ((digits.length === 12 || digits.length === 13) && digits.startsWith('55')) digits = digits.slice(2);
  if (!/^[1-9]{2}(9\d{8}|[2-5]\d{7})$/.test(digits)) {
    ctx.addIssue({ code: 'custom', message: 'Informe o WhatsApp com DDD, ex.: (11) 91234-5678.' });
    return z.NEVER;
  }
  return `+55${digits}`;
}

function parseCart(raw: string, ctx: z.RefinementCtx): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'Carrinho inválido: recarregue a página.' });
    return z.NEVER;
  }
}

export const cartSchema = z
  .array(
    z.object({
      productId: z.uuid({ error: 'Sabor inválido no carrinho.' }),
      quantity: z.coerce
        .number()
        .int()
        .min(1, 'Escolha pelo menos 1 pedaço.')
        .max(MAX_SLICES_PER_ORDER, `No máximo ${MAX_SLICES_PER_ORDER} pedaços por sabor.`),
    }),
  )
  .min(1, 'Seu carrinho está vazio.')
  .max(12, 'Sabores demais em um pedido.');

export const checkoutSchema = z.object({
  tenantSlug: z.string().min(1).max(48),
  idempotencyKey: z
    .string()
    .min(8)
    .max(128)
    .regex(/^[\w.:-]+$/, 'Recarregue a página e tente de novo.'),
  cart: z.string().max(4_000, 'Carrinho grande demais.').transform(parseCart).pipe(cartSchema),
  method: z.enum(['pix', 'card'], { error: 'Escolha PIX ou cartão.' }),
  name: z
    .string({ error: 'Informe seu nome.' })
    .trim()
    .min(2, 'Informe seu nome.')
    .max(80, 'Nome longo demais (até 80 letras).'),
  phone: z.string({ error: 'Informe seu WhatsApp.' }).max(30, 'Telefone longo demais.').transform(toBrazilianE164),
  email: z
    .string({ error: 'Informe seu e-mail.' })
    .trim()
    .toLowerCase()
    .max(120, 'E-mail longo demais.')
    .pipe(z.email('Informe um e-mail válido, ex.: voce@exemplo.com.')),
});
export type CheckoutInput = z.infer<typeof checkoutSchema>;
