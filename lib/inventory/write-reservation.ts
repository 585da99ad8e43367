import { getTableColumns, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { orders, type Order } from '@/db/schema';
import { newOrderCode } from '@/lib/orders/code';

export type ReservationDraft = {
  orderId: string;
  tenantId: string;
  idempotencyKey: string;
  requestHash: string;
  customer?: { name: string; phone?: string; email?: string };
  items: { productId: string; quantity: number }[];
  sliceIds: number[];
};

/** Another request won a slice between our pick and our update: nothing was written; try again. */
export class SliceTaken extends Error {}
/** The same idempotency key committed first in a concurrent request. */
export class DuplicateRequest extends Error {}
/** Another order drew the same short code: try again with a new one. */
export class CodeTaken extends Error {}
/** The tenant is unknown or closed, or a product is unknown or inactive: the caller finds out which. */
export class RequestRefused extends Error {}

/** A Postgres array literal: ids are uuids or integers, so no element needs quoting. */
const pgArray = (values: readonly (string | number)[]) => `{${values.join(',')}}`;

/**
 * The truth of a reservation: `reserve_order` (db/migrations/0002) checks the
 * tenant and prices the products, then writes the order, its items, the
 * conditional claim of exactly these slices and the outbox events in one
 * statement, all or nothing.
 */
export async function writeReservation(executor: Executor, draft: ReservationDraft): Promise<Order> {
  try {
    const rows = await executor.execute<Record<string, unknown>>(sql`
      SELECT * FROM reserve_order(
        ${draft.orderId}, ${draft.tenantId}, ${newOrderCode()}, ${draft.idempotencyKey}, ${draft.requestHash},
        ${draft.customer?.name ?? null}, ${draft.customer?.phone ?? null}, ${draft.customer?.email ?? null},
        ${pgArray(draft.items.map((i) => i.productId))}::uuid[],
        ${pgArray(draft.items.map((i) => i.quantity))}::int[],
        ${pgArray(draft.sliceIds)}::bigint[])`);
    return orderFromRow(rows[0]!);
  } catch (error) {
    // Drizzle wraps the driver's error; Postgres' own fields are on its cause.
    const { code, constraint_name } = ((error as { cause?: unknown }).cause ?? error) as {
      code?: string;
      constraint_name?: string;
    };
    if (code === '23505' && constraint_name === 'orders_tenant_code_key') throw new CodeTaken();
    if (code === 'MP001') throw new DuplicateRequest();
    if (code === 'MP002') throw new SliceTaken();
    if (code === 'MP003' || code === 'MP004' || code === 'MP005') throw new RequestRefused();
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
