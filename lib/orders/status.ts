import type { OrderStatus } from '@/db/schema';

export type { OrderStatus };

/**
 * Every move an order's status may make, and no other: lib/orders/transitions.ts checks each
 * write against it. The kitchen's undo is the step back (IN_PREPARATION → PAID, …); a payment
 * that arrives after the hold ran out can still sell an EXPIRED order, or cancel it when its
 * slices are gone. Browser-safe: no database import.
 */
export const ORDER_MOVES: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  PENDING: ['PAID', 'EXPIRED', 'CANCELLED'],
  EXPIRED: ['PAID', 'CANCELLED'],
  PAID: ['IN_PREPARATION', 'REFUNDED'],
  IN_PREPARATION: ['READY', 'PAID', 'REFUNDED'],
  READY: ['DELIVERED', 'IN_PREPARATION', 'REFUNDED'],
  DELIVERED: ['READY', 'REFUNDED'],
  CANCELLED: ['REFUNDED'],
  REFUNDED: [],
};

export const canMove = (from: OrderStatus, to: OrderStatus) => ORDER_MOVES[from].includes(to);

/** Paid and not given back: the slices are sold, the money is ours, a refund is possible. */
export const PAID_STATUSES: readonly OrderStatus[] = ['PAID', 'IN_PREPARATION', 'READY', 'DELIVERED'];
export const isPaid = (status: OrderStatus) => PAID_STATUSES.includes(status);

/** Statuses an order never leaves by itself: the customer's page stops listening. */
export const FINAL_STATUSES: readonly OrderStatus[] = ['DELIVERED', 'EXPIRED', 'CANCELLED', 'REFUNDED'];

/** One word per status, the same for the customer, the kitchen and the owner. */
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  PENDING: 'Aguardando pagamento',
  PAID: 'Pago',
  IN_PREPARATION: 'Em preparo',
  READY: 'Pronto',
  DELIVERED: 'Entregue',
  EXPIRED: 'Expirado',
  CANCELLED: 'Cancelado',
  REFUNDED: 'Reembolsado',
};

/** The same word, except that for the kitchen a just-paid order is new work: "Novo". */
export const statusLabel = (status: OrderStatus, audience: 'everyone' | 'kitchen' = 'everyone') =>
  audience === 'kitchen' && status === 'PAID' ? 'Novo' : ORDER_STATUS_LABELS[status];
