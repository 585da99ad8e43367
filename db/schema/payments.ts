import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { orders } from './orders';

export const PAYMENT_STATUSES = [
  'pending',
  'approved',
  'authorized',
  'in_process',
  'in_mediation',
  'rejected',
  'cancelled',
  'refunded',
  'charged_back',
] as const;

export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull(),
    orderId: uuid('order_id').notNull(),
    provider: text('provider', { enum: ['mercadopago', 'dev'] }).notNull(),
    method: text('method', { enum: ['pix', 'card'] }).notNull(),
    providerPaymentId: text('provider_payment_id'),
    status: text('status', { enum: PAYMENT_STATUSES }).notNull().default('pending'),
    amountCents: integer('amount_cents').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'payments_order_fk',
      columns: [t.tenantId, t.orderId],
      foreignColumns: [orders.tenantId, orders.id],
    }).onDelete('cascade'),
    unique('payments_provider_id_key').on(t.provider, t.providerPaymentId),
    index('payments_order_idx').on(t.tenantId, t.orderId),
    check('payments_amount_positive', sql`${t.amountCents} > 0`),
    check('payments_provider', sql`${t.provider} IN ('mercadopago', 'dev')`),
    check('payments_method', sql`${t.method} IN ('pix', 'card')`),
    check(
      'payments_status',
      sql`${t.status} IN ('pending', 'approved', 'authorized', 'in_process', 'in_mediation', 'rejected', 'cancelled', 'refunded', 'charged_back')`,
    ),
  ],
);

export type Payment = typeof payments.$inferSelect;
