import { sql } from 'drizzle-orm';
import { bigint, check, foreignKey, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { orders } from './orders';
import { tenants } from './tenants';

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
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

const statusCheck = (column: unknown) =>
  sql`${column} IN ('pending', 'approved', 'authorized', 'in_process', 'in_mediation', 'rejected', 'cancelled', 'refunded', 'charged_back')`;

/** Our record of a payment for an order: one per order and method; its status mirrors the provider's. */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull(),
    orderId: uuid('order_id').notNull(),
    provider: text('provider', { enum: ['mercadopago', 'dev'] }).notNull(),
    method: text('method', { enum: ['pix', 'card'] }).notNull(),
    /** The provider's payment id; for a card checkout, known only once the customer pays. */
    providerPaymentId: text('provider_payment_id'),
    /** Checkout Pro preference id (card). */
    providerRef: text('provider_ref'),
    status: text('status', { enum: PAYMENT_STATUSES }).notNull().default('pending'),
    statusDetail: text('status_detail'),
    amountCents: integer('amount_cents').notNull(),
    pixQrCode: text('pix_qr_code'),
    pixQrImage: text('pix_qr_image'),
    redirectUrl: text('redirect_url'),
    /** When the provider stops accepting this payment (Mercado Pago: at least 30 min ahead). */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** Set once this payment sold the order's slices: an order is paid by exactly one payment. */
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    /** Why the money goes back (stock_lost, duplicate_payment, order_closed, or the admin's reason). */
    refundReason: text('refund_reason'),
    /** When the provider accepted our refund request (its own status may stay in_process a while). */
    refundedAt: timestamp('refunded_at', { withTimezone: true }),
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
    unique('payments_order_method_key').on(t.tenantId, t.orderId, t.method),
    index('payments_order_idx').on(t.tenantId, t.orderId),
    check('payments_amount_positive', sql`${t.amountCents} > 0`),
    check('payments_provider', sql`${t.provider} IN ('mercadopago', 'dev')`),
    check('payments_method', sql`${t.method} IN ('pix', 'card')`),
    check('payments_status', statusCheck(t.status)),
    check(
      'payments_pix_shape',
      sql`${t.method} <> 'pix' OR (${t.pixQrCode} IS NOT NULL AND ${t.pixQrImage} IS NOT NULL AND ${t.providerPaymentId} IS NOT NULL)`,
    ),
    check('payments_card_shape', sql`${t.method} <> 'card' OR ${t.redirectUrl} IS NOT NULL`),
    check('payments_refund_has_reason', sql`${t.refundedAt} IS NULL OR ${t.refundReason} IS NOT NULL`),
  ],
);

/** A pizzeria's own Mercado Pago account: secrets AES-256-GCM encrypted with CREDENTIALS_KEY. */
export const paymentCredentials = pgTable(
  'payment_credentials',
  {
    tenantId: uuid('tenant_id')
      .primaryKey()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    accessTokenEncrypted: text('access_token_encrypted').notNull(),
    webhookSecretEncrypted: text('webhook_secret_encrypted').notNull(),
    /** Last characters of the access token, so the owner can tell which one is configured. */
    accessTokenHint: text('access_token_hint').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('payment_credentials_hint', sql`length(${t.accessTokenHint}) BETWEEN 1 AND 8`)],
);

/** Every provider notification we accepted: duplicates are answered without work once processed. */
export const paymentNotifications = pgTable(
  'payment_notifications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    provider: text('provider', { enum: ['mercadopago', 'dev'] }).notNull(),
    notificationKey: text('notification_key').notNull(),
    action: text('action'),
    dataId: text('data_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [
    unique('payment_notifications_key').on(t.tenantId, t.provider, t.notificationKey),
    check('payment_notifications_provider', sql`${t.provider} IN ('mercadopago', 'dev')`),
    check('payment_notifications_key_length', sql`length(${t.notificationKey}) BETWEEN 1 AND 200`),
  ],
);

/**
 * The development provider's own books: what an outside payment provider would hold.
 * Only the dev payment page changes a status here; the webhook then re-reads it.
 */
export const devProviderPayments = pgTable(
  'dev_provider_payments',
  {
    id: text('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    externalReference: text('external_reference').notNull(),
    method: text('method', { enum: ['pix', 'card'] }).notNull(),
    amountCents: integer('amount_cents').notNull(),
    status: text('status', { enum: PAYMENT_STATUSES }).notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('dev_provider_payments_idempotency_key').on(t.tenantId, t.idempotencyKey),
    check('dev_provider_payments_amount', sql`${t.amountCents} > 0`),
    check('dev_provider_payments_method', sql`${t.method} IN ('pix', 'card')`),
    check('dev_provider_payments_status', statusCheck(t.status)),
  ],
);

export type Payment = typeof payments.$inferSelect;
