import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { db } from '@/db/client';
import { orders } from '@/db/schema';
import type { OrderList, orderListQuerySchema } from './order-schemas';

type Query = z.output<typeof orderListQuerySchema>;

/** Microseconds kept: two orders of one millisecond must still page apart. */
const createdText = sql<string>`to_char(${orders.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const encodeCursor = (createdAt: string, id: string) => Buffer.from(`${createdAt}|${id}`).toString('base64url');

function decodeCursor(cursor: string): { createdAt: string; id: string } | null {
  const [createdAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const valid =
    rest.length === 0 &&
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(createdAt ?? '') &&
    /^[0-9a-f-]{36}$/.test(id ?? '');
  return valid ? { createdAt: createdAt!, id: id! } : null;
}

/**
 * GET /orders: the key's pizzeria's orders, oldest first, a page at a time. The cursor is the
 * last row's (created_at, id), so pages never repeat or skip an order while new ones arrive.
 */
export async function listApiOrders(tenantId: string, query: Query): Promise<OrderList | null> {
  const where: SQL[] = [eq(orders.tenantId, tenantId)];
  if (query.status) where.push(eq(orders.status, query.status));
  if (query.since) where.push(sql`${orders.createdAt} >= ${query.since}::timestamptz`);
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    if (!after) return null;
    where.push(sql`(${orders.createdAt}, ${orders.id}) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  }
  const rows = await db
    .select({
      id: orders.id,
      code: orders.code,
      status: orders.status,
      totalCents: orders.totalCents,
      customerName: orders.customerName,
      createdAt: createdText,
      paidAt: orders.paidAt,
    })
    .from(orders)
    .where(and(...where))
    .orderBy(asc(orders.createdAt), asc(orders.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    orders: page.map((o) => ({
      code: o.code,
      status: o.status,
      totalCents: o.totalCents,
      customerFirstName: o.customerName?.split(/\s+/)[0] ?? null,
      createdAt: o.createdAt,
      paidAt: o.paidAt?.toISOString() ?? null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}
