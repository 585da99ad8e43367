import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { DEFAULT_HOLD_SECONDS } from './tenant-defaults';

export const tenants = pgTable(
  'tenants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    isOpen: boolean('is_open').notNull().default(true),
    holdSeconds: integer('hold_seconds').notNull().default(DEFAULT_HOLD_SECONDS),
    maxHoldSeconds: integer('max_hold_seconds').notNull().default(600),
    freshnessHours: integer('freshness_hours').notNull().default(4),
    defaultSlicesPerPizza: integer('default_slices_per_pizza').notNull().default(8),
    timezone: text('timezone').notNull().default('America/Sao_Paulo'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('tenants_slug_format', sql`${t.slug} ~ '^[a-z0-9](-?[a-z0-9])*$' AND length(${t.slug}) BETWEEN 3 AND 48`),
    check('tenants_name_not_blank', sql`length(btrim(${t.name})) BETWEEN 1 AND 80`),
    check('tenants_hold_seconds', sql`${t.holdSeconds} BETWEEN 30 AND 900`),
    check('tenants_max_hold', sql`${t.maxHoldSeconds} BETWEEN ${t.holdSeconds} AND 3600`),
    check('tenants_freshness_hours', sql`${t.freshnessHours} BETWEEN 1 AND 24`),
    check('tenants_default_slices', sql`${t.defaultSlicesPerPizza} BETWEEN 4 AND 16`),
  ],
);

export type Tenant = typeof tenants.$inferSelect;
export type NewTenant = typeof tenants.$inferInsert;
