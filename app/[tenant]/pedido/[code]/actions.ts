'use server';

import { z } from 'zod';
import { actionError, validatedAction, type ActionResult } from '@/lib/actions/validated-action';
import { extendHold, releaseOrder } from '@/lib/inventory';
import { findOrderByLink } from '@/lib/checkout/order-link';

const linkFields = z.object({ slug: z.string(), code: z.string(), token: z.string() });

const notFound = () => actionError('order_not_found', 'Pedido não encontrado.');

/** "Preciso de mais tempo": the one extension a pending order may get; answers the new deadline. */
export const extendHoldAction = validatedAction(
  linkFields,
  async (link): Promise<ActionResult<{ holdExpiresAt?: string }>> => {
    const found = await findOrderByLink(link);
    if (!found) return notFound();
    const extended = await extendHold({ tenantId: found.tenant.id, orderId: found.view.id });
    return extended.ok
      ? { ok: true, holdExpiresAt: extended.order.holdExpiresAt.toISOString() }
      : actionError(extended.error.code, extended.error.message);
  },
);

/** The customer gives up before paying: the slices go back on sale at once. */
export const cancelOrderAction = validatedAction(linkFields, async (link): Promise<ActionResult> => {
  const found = await findOrderByLink(link);
  if (!found) return notFound();
  const released = await releaseOrder({
    tenantId: found.tenant.id,
    orderId: found.view.id,
    reason: 'customer_cancelled',
  });
  return released.ok ? { ok: true } : actionError(released.error.code, released.error.message);
});
