'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { actionError } from '@/lib/actions/validated-action';
import { memberAction, ROLES } from '@/lib/auth';
import { refundOrder } from '@/lib/payments';

export const refundOrderAction = memberAction(
  z.object({
    orderId: z.uuid({ error: 'Pedido não encontrado.' }),
    reason: z
      .string({ error: 'Informe o motivo do reembolso.' })
      .trim()
      .min(3, 'Informe o motivo do reembolso.')
      .max(200, 'Motivo com até 200 caracteres.'),
  }),
  ROLES.staffAdmin,
  async ({ orderId, reason }, { tenant }) => {
    const refunded = await refundOrder({ tenantId: tenant.id, orderId, reason });
    if (!refunded.ok) return actionError(refunded.error.code, refunded.error.message);
    revalidatePath(`/${tenant.slug}/admin/pedidos/${orderId}`);
    return { ok: true as const, slicesReturned: refunded.slicesReturned };
  },
);
