import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { products } from './catalog';
import { tenants } from './tenants';

export const ORDER_STATUSES = [
  'PENDING',
  'PAID',
  'IN_PREPARATION',
  'READY',
  'DELIVERED',
  'EXPIRED',
  'CANCELLED',
  'REFUNDED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** Short code the counter calls out; unique within the tenant. */
    code: text('code').notNull(),
    status: text('status', { enum: ORDER_STATUSES }).notNull().default('PENDING'),
    idempotencyKey: text('idempotency_key').notNull(),
    /** Fingerprint of the request body, so a reused key with another cart is refused. */
    requestHash: text('request_hash').notNull(),
    customerName: text('customer_name'),
    customerPhone: text('customer_phone'),
    customerEmail: text('customer_email'),
    totalCents: integer('total_cents').notNull(),
    holdExpiresAt: timestamp('hold_expires_at', { withTimezone: true }).notNull(),
    holdExtendedAt: timestamp('hold_extended_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('orders_tenant_id_key').on(t.tenantId, t.id),
    unique('orders_tenant_code_key').on(t.tenantId, t.code),
    unique('orders_tenant_idempotency_key').on(t.tenantId, t.idempotencyKey),
    index('orders_tenant_status_idx').on(t.tenantId, t.status, t.createdAt),
    index('orders_pending_expiry_idx').on(t.holdExpiresAt).where(sql`${t.status} = 'PENDING'`),
    check(
      'orders_status',
      sql`${t.status} IN ('PENDING', 'PAID', 'IN_PREPARATION', 'READY', 'DELIVERED', 'EXPIRED', 'CANCELLED', 'REFUNDED')`,
    ),
    check('orders_code_format', sql`${t.code} ~ '^[A-Z0-9]{4,8}$'`),
    check('orders_idempotency_key', sql`length(${t.idempotencyKey}) BETWEEN 8 AND 128`),
    check('orders_total_nonnegative', sql`${t.totalCents} >= 0`),
    check('orders_paid_at', sql`${t.status} IN ('PENDING', 'EXPIRED', 'CANCELLED') OR ${t.paidAt} IS NOT NULL`),
    check(
      'orders_hold_extended_after_created',
      sql`${t.holdExtendedAt} IS NULL OR ${t.holdExtendedAt} >= ${t.createdAt}`,
    ),
  ],
);

export const orderItems = pgTable(
  'order_items',
  {
    tenantId: uuid('tenant_id').notNull(),
    orderId: uuid('order_id').notNull(),
    productId: uuid('product_id').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceCents: integer('unit_price_cents').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.productId] }),
    foreignKey({
      name: 'order_items_order_fk',
      columns: [t.tenantId, t.orderId],
      foreignColumns: [orders.tenantId, orders.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'order_items_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    index('order_items_product_idx').on(t.tenantId, t.productId),
    check('order_items_quantity', sql`${t.quantity} BETWEEN 1 AND 50`),
    check('order_items_price', sql`${t.unitPriceCents} > 0`),
  ],
);

export type Order = typeof orders.$inferSelect;
export type OrderItem = typeof orderItems.$inferSelect;
