'use server';

import { headers } from 'next/headers';
import { actionError, validatedAction } from '@/lib/actions/validated-action';
import type { FlavorAvailability } from '@/lib/inventory';
import type { CheckoutResult } from '@/lib/checkout/checkout-result';
import { checkoutSchema } from '@/lib/checkout/checkout-schema';
import { placeOrder } from '@/lib/checkout/place-order';
import { clientAddress } from '@/lib/http/client-address';
import { getTenantBySlug } from '@/lib/tenants/queries';

export const placeOrderAction = validatedAction(checkoutSchema, async (input): Promise<CheckoutResult> => {
  const tenant = await getTenantBySlug(input.tenantSlug);
  if (!tenant) return actionError('tenant_not_found', 'Pizzaria não encontrada.');
  const placed = await placeOrder({ ...input, tenantId: tenant.id, clientKey: clientAddress(await headers()) });
  if (!placed.ok) {
    const { code, message } = placed.error;
    const details: FlavorAvailability[] | undefined =
      placed.error.code === 'sold_out' ? placed.error.availability : undefined;
    return { ok: false, error: { code, message, details } };
  }
  // Card pays on the provider's checkout; PIX is paid from the order page, which shows the code.
  const redirectUrl = placed.payment.method === 'card' ? placed.payment.redirectUrl : undefined;
  return { ok: true, orderUrl: placed.orderUrl, redirectUrl };
});
