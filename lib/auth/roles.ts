import type { Role } from '@/db/schema';

/** Who may do what; pages and actions name one of these instead of listing roles. */
export const ROLES = {
  /** Admin pages: menu, pizzas, orders, today's figures. */
  staffAdmin: ['owner', 'manager'],
  /** Team and settings (payment credentials included). */
  ownerOnly: ['owner'],
  /** The KDS board. */
  kitchen: ['owner', 'manager', 'kitchen'],
} as const satisfies Record<string, readonly Role[]>;
