import { sql } from 'drizzle-orm';
import { check, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './bytea';
import { tenants } from './tenants';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** Flavor photos, kept in Postgres so every app node serves them with no shared disk. */
export const productImages = pgTable(
  'product_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    contentType: text('content_type', { enum: IMAGE_TYPES }).notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Also the index for the tenant's foreign key and for per-tenant lookups.
    unique('product_images_tenant_id_key').on(t.tenantId, t.id),
    check('product_images_content_type', sql`${t.contentType} IN ('image/jpeg', 'image/png', 'image/webp')`),
    check('product_images_size', sql`octet_length(${t.bytes}) BETWEEN 1 AND ${sql.raw(String(MAX_IMAGE_BYTES))}`),
  ],
);

export type ProductImage = typeof productImages.$inferSelect;
