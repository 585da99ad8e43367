import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants';
import { xid8 } from './xid8';

/**
 * Domain events, written in the same transaction as the change they describe.
 * `txId` lets a reader wait for transactions that took an id earlier but commit later.
 */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    aggregateId: uuid('aggregate_id'),
    payload: jsonb('payload').notNull(),
    /** The request (or worker job run) that wrote the event: its X-Request-Id, for following it in the logs. */
    requestId: text('request_id'),
    txId: xid8('tx_id').notNull().default(sql`pg_current_xact_id()`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('outbox_events_tenant_idx').on(t.tenantId, t.id),
    index('outbox_events_created_idx').on(t.createdAt),
    // realtime/ reads by transaction: everything newer than a snapshot, overall, per tenant, per order.
    index('outbox_events_tx_idx').on(t.txId),
    index('outbox_events_tenant_tx_idx').on(t.tenantId, t.txId),
    index('outbox_events_aggregate_tx_idx').on(t.aggregateId, t.txId).where(sql`${t.aggregateId} IS NOT NULL`),
  ],
);

export type OutboxEvent = typeof outboxEvents.$inferSelect;
