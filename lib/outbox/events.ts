/** Every domain event the outbox carries; realtime/ and the worker read these shapes. */
export type DomainEvent =
  | { type: 'inventory.changed'; aggregateId: string | null; payload: { productIds: string[] } }
  | { type: 'order.reserved'; aggregateId: string; payload: { code: string; holdExpiresAt: string } }
  | { type: 'order.hold_extended'; aggregateId: string; payload: { holdExpiresAt: string } }
  | { type: 'order.paid'; aggregateId: string; payload: { code: string } }
  | { type: 'order.expired'; aggregateId: string; payload: { code: string } }
  | { type: 'order.cancelled'; aggregateId: string; payload: { code: string; reason: string } }
  | {
      type: 'order.status_changed';
      aggregateId: string;
      payload: { code: string; from: KitchenStatus; to: KitchenStatus; undo: boolean };
    }
  | { type: 'order.refunded'; aggregateId: string; payload: { code: string; reason: string } };

/** The statuses the kitchen moves an order through (lib/orders/transitions.ts). */
export type KitchenStatus = 'PAID' | 'IN_PREPARATION' | 'READY' | 'DELIVERED';
