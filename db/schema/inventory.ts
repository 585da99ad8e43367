import { sql } from 'drizzle-orm';
import { bigint, check, foreignKey, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { products } from './catalog';
import { orders } from './orders';
import { tenants } from './tenants';

export const BATCH_STATUSES = ['OPEN', 'CLOSED'] as const;
export const SLICE_STATUSES = ['AVAILABLE', 'RESERVED', 'SOLD', 'WASTED'] as const;
export type SliceStatus = (typeof SLICE_STATUSES)[number];

/** An opened pizza: its slices are sold one by one until it is closed or goes stale. */
export const batches = pgTable(
  'batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    productId: uuid('product_id').notNull(),
    sliceCount: integer('slice_count').notNull(),
    status: text('status', { enum: BATCH_STATUSES }).notNull().default('OPEN'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    freshUntil: timestamp('fresh_until', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    unique('batches_tenant_id_key').on(t.tenantId, t.id),
    foreignKey({
      name: 'batches_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    index('batches_product_idx').on(t.tenantId, t.productId, t.status),
    check('batches_slice_count', sql`${t.sliceCount} BETWEEN 4 AND 16`),
    check('batches_status', sql`${t.status} IN ('OPEN', 'CLOSED')`),
    check('batches_fresh_after_open', sql`${t.freshUntil} > ${t.openedAt}`),
    check('batches_closed_at', sql`(${t.status} = 'CLOSED') = (${t.closedAt} IS NOT NULL)`),
  ],
);

/** One row per slice: the unit that can never be sold twice. */
export const slices = pgTable(
  'slices',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: uuid('tenant_id').notNull(),
    batchId: uuid('batch_id').notNull(),
    productId: uuid('product_id').notNull(),
    idx: integer('idx').notNull(),
    status: text('status', { enum: SLICE_STATUSES }).notNull().default('AVAILABLE'),
    orderId: uuid('order_id'),
    reservedUntil: timestamp('reserved_until', { withTimezone: true }),
    soldAt: timestamp('sold_at', { withTimezone: true }),
  },
  (t) => [
    unique('slices_batch_idx_key').on(t.batchId, t.idx),
    foreignKey({
      name: 'slices_batch_fk',
      columns: [t.tenantId, t.batchId],
      foreignColumns: [batches.tenantId, batches.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'slices_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    foreignKey({
      name: 'slices_order_fk',
      columns: [t.tenantId, t.orderId],
      foreignColumns: [orders.tenantId, orders.id],
    }),
    index('slices_product_idx').on(t.productId),
    index('slices_order_idx').on(t.orderId).where(sql`${t.orderId} IS NOT NULL`),
    // The reserve path's candidate scan: sellable slices of one flavor, oldest first.
    index('slices_sellable_idx').on(t.tenantId, t.productId, t.id).where(sql`${t.status} IN ('AVAILABLE', 'RESERVED')`),
    index('slices_hold_expiry_idx').on(t.reservedUntil).where(sql`${t.status} = 'RESERVED'`),
    check('slices_idx_nonnegative', sql`${t.idx} BETWEEN 0 AND 15`),
    check('slices_status', sql`${t.status} IN ('AVAILABLE', 'RESERVED', 'SOLD', 'WASTED')`),
    check(
      'slices_status_shape',
      sql`CASE ${t.status}
        WHEN 'AVAILABLE' THEN ${t.orderId} IS NULL AND ${t.reservedUntil} IS NULL AND ${t.soldAt} IS NULL
        WHEN 'RESERVED' THEN ${t.orderId} IS NOT NULL AND ${t.reservedUntil} IS NOT NULL AND ${t.soldAt} IS NULL
        WHEN 'SOLD' THEN ${t.orderId} IS NOT NULL AND ${t.reservedUntil} IS NULL AND ${t.soldAt} IS NOT NULL
        WHEN 'WASTED' THEN ${t.orderId} IS NULL AND ${t.reservedUntil} IS NULL AND ${t.soldAt} IS NULL
      END`,
    ),
  ],
);

/** A request we turned away for lack of stock: the owner's "sales lost" figure. */
export const lostSales = pgTable(
  'lost_sales',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: uuid('tenant_id').notNull(),
    productId: uuid('product_id').notNull(),
    requested: integer('requested').notNull(),
    available: integer('available').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'lost_sales_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }).onDelete('cascade'),
    index('lost_sales_tenant_time_idx').on(t.tenantId, t.createdAt),
    index('lost_sales_product_idx').on(t.productId),
    check('lost_sales_counts', sql`${t.requested} > 0 AND ${t.available} BETWEEN 0 AND ${t.requested} - 1`),
  ],
);

export type Batch = typeof batches.$inferSelect;
export type Slice = typeof slices.$inferSelect;
export type LostSale = typeof lostSales.$inferSelect;
