import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants';

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    imageUrl: text('image_url'),
    priceCents: integer('price_cents').notNull(),
    slicesPerPizza: integer('slices_per_pizza').notNull().default(8),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Target of the composite keys that keep every child row in its parent's tenant.
    unique('products_tenant_id_key').on(t.tenantId, t.id),
    unique('products_tenant_name_key').on(t.tenantId, t.name),
    check('products_name_not_blank', sql`length(btrim(${t.name})) BETWEEN 1 AND 60`),
    check('products_price_positive', sql`${t.priceCents} BETWEEN 1 AND 100000`),
    check('products_slices_per_pizza', sql`${t.slicesPerPizza} BETWEEN 4 AND 16`),
  ],
);

export type Product = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;
