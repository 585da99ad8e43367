import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { orders, type OrderStatus } from '@/db/schema';
import { cancelReasonText, getOrderPayment, type PaymentView } from '@/lib/payments';
import { listOrderItems } from '@/lib/orders/items';

export type OrderView = {
  id: string;
  code: string;
  status: OrderStatus;
  cancelReason: string | null;
  /** Why a CANCELLED or REFUNDED order ended, in words for the customer. */
  endedBecause: string | null;
  totalCents: number;
  createdAt: string;
  paidAt: string | null;
  holdExpiresAt: string;
  holdExtended: boolean;
  customerFirstName: string | null;
  items: { productId: string; name: string; quantity: number; unitPriceCents: number }[];
  payment: PaymentView | null;
};

/** Everything the customer's order page shows, in JSON-ready form. */
export async function getOrderView(tenantId: string, code: string): Promise<OrderView | null> {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), eq(orders.code, code)))
    .limit(1);
  if (!order) return null;
  const [items, payment] = await Promise.all([listOrderItems(tenantId, order.id), getOrderPayment(tenantId, order.id)]);
  return {
    id: order.id,
    code: order.code,
    status: order.status,
    cancelReason: order.cancelReason,
    endedBecause:
      order.status === 'CANCELLED' || order.status === 'REFUNDED' ? cancelReasonText(order.cancelReason) : null,
    totalCents: order.totalCents,
    createdAt: order.createdAt.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    holdExpiresAt: order.holdExpiresAt.toISOString(),
    holdExtended: order.holdExtendedAt !== null,
    customerFirstName: order.customerName?.split(/\s+/)[0] ?? null,
    items,
    payment,
  };
}
