import { getTableColumns, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { orders, type Order } from '@/db/schema';
import { newOrderCode } from '@/lib/orders/code';

export type PricedItem = { productId: string; quantity: number; unitPriceCents: number };

export type ReservationDraft = {
  orderId: string;
  tenantId: string;
  idempotencyKey: string;
  requestHash: string;
  customer?: { name: string; phone?: string; email?: string };
  items: PricedItem[];
  sliceIds: number[];
  holdSeconds: number;
};

/** Another request won a slice between our pick and our update: nothing was written; try again. */
export class SliceTaken extends Error {}
/** The same idempotency key committed first in a concurrent request. */
export class DuplicateRequest extends Error {}

/** A Postgres array literal: ids are uuids or integers, so no element needs quoting. */
const pgArray = (values: readonly (string | number)[]) => `{${values.join(',')}}`;

/**
 * The truth of a reservation: `reserve_order` (db/migrations/0002) writes the
 * order, its items, the conditional claim of exactly these slices and the outbox
 * events in one statement, all or nothing.
 */
export async function writeReservation(executor: Executor, draft: ReservationDraft): Promise<Order> {
  try {
    const rows = await executor.execute<Record<string, unknown>>(sql`
      SELECT * FROM reserve_order(
        ${draft.orderId}, ${draft.tenantId}, ${newOrderCode()}, ${draft.idempotencyKey}, ${draft.requestHash},
        ${draft.customer?.name ?? null}, ${draft.customer?.phone ?? null}, ${draft.customer?.email ?? null},
        ${draft.holdSeconds}::int,
        ${pgArray(draft.items.map((i) => i.productId))}::uuid[],
        ${pgArray(draft.items.map((i) => i.quantity))}::int[],
        ${pgArray(draft.items.map((i) => i.unitPriceCents))}::int[],
        ${pgArray(draft.sliceIds)}::bigint[])`);
    return orderFromRow(rows[0]!);
  } catch (error) {
    const code = ((error as { cause?: { code?: string } }).cause ?? (error as { code?: string })).code;
    if (code === 'MP001') throw new DuplicateRequest();
    if (code === 'MP002') throw new SliceTaken();
    throw error;
  }
}

/** Maps a raw `orders` row (snake_case, timestamps as text) the way Drizzle's own queries do. */
function orderFromRow(row: Record<string, unknown>): Order {
  return Object.fromEntries(
    Object.entries(getTableColumns(orders)).map(([key, column]) => {
      const value = row[column.name];
      return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
    }),
  ) as Order;
}
