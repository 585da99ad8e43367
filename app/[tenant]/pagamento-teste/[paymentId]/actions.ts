'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { actionError, validatedAction } from '@/lib/actions/validated-action';
import { decideDevPayment } from '@/lib/payments/dev/decide';

const schema = z.object({
  tenant: z.string().min(1).max(64),
  paymentId: z.string().regex(/^dev_[0-9a-f]{24}$/, 'Pagamento de teste inválido.'),
  decision: z.enum(['approve', 'decline'], { error: 'Escolha pagar ou recusar.' }),
});

export const decideDevPaymentAction = validatedAction(schema, async ({ tenant, paymentId, decision }) => {
  const result = await decideDevPayment(tenant, paymentId, decision);
  if (!result.ok) return actionError(result.error.code, result.error.message);
  redirect(result.orderPath);
});
