import 'server-only';
import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { ORDER_STATUSES, orders } from '@/db/schema';

export const orderFilterSchema = z.object({
  status: z.enum(ORDER_STATUSES).optional().catch(undefined),
  day: z.iso.date().optional().catch(undefined),
  q: z.string().trim().max(60).optional().catch(undefined),
});
export type OrderFilter = z.infer<typeof orderFilterSchema>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The admin's order list: by status, by day in the pizzeria's time zone, by code, name or phone. */
export async function searchOrders(tenantId: string, timezone: string, filter: OrderFilter, limit = 100) {
  const where: SQL[] = [eq(orders.tenantId, tenantId)];
  if (filter.status) where.push(eq(orders.status, filter.status));
  if (filter.day) where.push(sql`(${orders.createdAt} AT TIME ZONE ${timezone})::date = ${filter.day}::date`);
  if (filter.q) {
    const text = `%${escapeLike(filter.q)}%`;
    const digits = filter.q.replace(/\D/g, '');
    where.push(
      or(
        ilike(orders.code, text),
        ilike(orders.customerName, text),
        digits.length >= 3
          ? sql`regexp_replace(${orders.customerPhone}, '\\D', '', 'g') LIKE ${`%${digits}%`}`
          : undefined,
      )!,
    );
  }
  return db
    .select({
      id: orders.id,
      code: orders.code,
      status: orders.status,
      customerName: orders.customerName,
      customerPhone: orders.customerPhone,
      totalCents: orders.totalCents,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .where(and(...where))
    .orderBy(desc(orders.createdAt))
    .limit(limit);
}
