import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants';
import { users } from './users';

export const API_SCOPES = ['read', 'orders:write', 'stock:write'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/**
 * A pizzeria's key to the public API. Only a hash of its secret is kept: the key is shown once,
 * when made; `prefix` (the public half, also in the key) finds the row without scanning hashes.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull().unique(),
    /** SHA-256 of the secret half, hex: a 256-bit random secret needs no slow hash. */
    secretHash: text('secret_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('api_keys_tenant_idx').on(t.tenantId),
    index('api_keys_created_by_idx').on(t.createdBy),
    index('api_keys_revoked_by_idx').on(t.revokedBy),
    check('api_keys_name_not_blank', sql`length(btrim(${t.name})) BETWEEN 1 AND 60`),
    check('api_keys_prefix_format', sql`${t.prefix} ~ '^[a-z0-9]{12}$'`),
    check('api_keys_secret_hash_format', sql`${t.secretHash} ~ '^[0-9a-f]{64}$'`),
    check(
      'api_keys_scopes',
      sql`cardinality(${t.scopes}) BETWEEN 1 AND 3 AND ${t.scopes} <@ ARRAY['read', 'orders:write', 'stock:write']::text[]`,
    ),
  ],
);

export type ApiKey = typeof apiKeys.$inferSelect;
