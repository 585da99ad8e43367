import { z } from 'zod';
import { cartSchema, emailAddress, idempotencyKeySchema, safeText } from '@/lib/validation';

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

export const checkoutSchema = z.object({
  tenantSlug: safeText({ min: [1, 'Pizzaria não encontrada.'], max: [48, 'Pizzaria não encontrada.'] }),
  idempotencyKey: idempotencyKeySchema,
  cart: z.string().max(4_000, 'Carrinho grande demais.').transform(parseCart).pipe(cartSchema),
  method: z.enum(['pix', 'card'], { error: 'Escolha PIX ou cartão.' }),
  name: safeText({
    required: 'Informe seu nome.',
    min: [2, 'Informe seu nome.'],
    max: [80, 'Nome longo demais (até 80 letras).'],
  }),
  phone: safeText({ required: 'Informe seu WhatsApp.', max: [30, 'Telefone longo demais.'] }).transform(
    toBrazilianE164,
  ),
  email: emailAddress('Informe seu e-mail.', 'Informe um e-mail válido, ex.: voce@exemplo.com.'),
});
export type CheckoutInput = z.infer<typeof checkoutSchema>;
