'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { actionError } from '@/lib/actions/validated-action';
import { memberAction, ROLES } from '@/lib/auth';
import { closeBatch, openBatch } from '@/lib/inventory';

export const openPizzaAction = memberAction(
  z.object({ productId: z.uuid({ error: 'Escolha um sabor.' }) }),
  ROLES.staffAdmin,
  async ({ productId }, { tenant }) => {
    const opened = await openBatch({ tenantId: tenant.id, productId });
    if (!opened.ok) return actionError(opened.error.code, opened.error.message, { productId: opened.error.message });
    revalidatePath(`/${tenant.slug}/admin/pizzas`);
    return { ok: true as const };
  },
);

export const closePizzaAction = memberAction(
  z.object({ batchId: z.uuid({ error: 'Pizza não encontrada.' }) }),
  ROLES.staffAdmin,
  async ({ batchId }, { tenant }) => {
    const closed = await closeBatch(tenant.id, batchId);
    if (!closed.ok) return actionError(closed.error.code, closed.error.message);
    revalidatePath(`/${tenant.slug}/admin/pizzas`);
    return { ok: true as const, wasted: closed.wasted };
  },
);
