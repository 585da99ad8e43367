import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { orders, payments, type Payment } from '@/db/schema';
import type { PaymentView } from './types';

/**
 * The PIX deadline shown is the order's hold as it is now (the slices are ours until then, and
 * a hold can be extended), never the provider's later one: paying after it may end in a refund.
 */
export function toView(payment: Payment, holdExpiresAt: Date): PaymentView {
  return {
    id: payment.id,
    provider: payment.provider,
    method: payment.method,
    // The provider's row keeps saying "approved" after we give the money back; our books know better.
    status: payment.refundedAt ? 'refunded' : payment.status,
    amountCents: payment.amountCents,
    ...(payment.method === 'pix' && payment.pixQrCode && payment.pixQrImage
      ? {
          pix: {
            qrCode: payment.pixQrCode,
            qrImageDataUrl: payment.pixQrImage,
            expiresAt: holdExpiresAt.toISOString(),
          },
        }
      : {}),
    ...(payment.redirectUrl ? { redirectUrl: payment.redirectUrl } : {}),
  };
}

const ids = z.object({ tenantId: z.uuid(), orderId: z.uuid() });

/** The order's latest payment, or null (also for ids that are not ids). */
export async function getOrderPayment(tenantId: string, orderId: string): Promise<PaymentView | null> {
  if (!ids.safeParse({ tenantId, orderId }).success) return null;
  const [row] = await db
    .select({ payment: payments, holdExpiresAt: orders.holdExpiresAt })
    .from(payments)
    .innerJoin(orders, and(eq(orders.tenantId, payments.tenantId), eq(orders.id, payments.orderId)))
    .where(and(eq(payments.tenantId, tenantId), eq(payments.orderId, orderId)))
    .orderBy(desc(payments.createdAt))
    .limit(1);
  return row ? toView(row.payment, row.holdExpiresAt) : null;
}
