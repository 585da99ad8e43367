import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { products, tenants, type NewProduct } from '@/db/schema';
import { openBatch } from '@/lib/inventory';
import { holdKey, holds } from '@/lib/inventory/holds';

/** A tenant of its own per test: tests share one database and never see each other's rows. */
export async function createTenant(overrides: Partial<typeof tenants.$inferInsert> = {}) {
  const [tenant] = await db
    .insert(tenants)
    .values({ slug: `t-${randomUUID().slice(0, 13)}`, name: 'Pizzaria Teste', ...overrides })
    .returning();
  return tenant!;
}

export async function createProduct(tenantId: string, overrides: Partial<NewProduct> = {}) {
  const [product] = await db
    .insert(products)
    .values({ tenantId, name: `Sabor ${randomUUID().slice(0, 8)}`, priceCents: 1200, ...overrides })
    .returning();
  return product!;
}

export async function openPizzas(tenantId: string, productId: string, count: number, sliceCount = 8) {
  for (let i = 0; i < count; i++) {
    const opened = await openBatch({ tenantId, productId, sliceCount });
    if (!opened.ok) throw new Error(opened.error.message);
  }
}

export async function sliceCounts(tenantId: string) {
  const rows = await db.execute<{ status: string; n: number }>(
    sql`SELECT status, count(*)::int AS n FROM slices WHERE tenant_id = ${tenantId} GROUP BY status`,
  );
  const counts = { AVAILABLE: 0, RESERVED: 0, SOLD: 0, WASTED: 0 } as Record<string, number>;
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/** Ends a hold now, as if its time had passed: in Postgres and in the hold store (its TTL). */
export async function expireHoldOf(tenantId: string, orderId: string) {
  await db.execute(sql`UPDATE orders SET hold_expires_at = now() - interval '1 second' WHERE id = ${orderId}`);
  const held = await db.execute<{ id: string }>(
    sql`UPDATE slices SET reserved_until = now() - interval '1 second' WHERE order_id = ${orderId} AND status = 'RESERVED' RETURNING id`,
  );
  await holds.store.release(
    held.map((r) => holdKey(tenantId, Number(r.id))),
    orderId,
  );
}

export const key = () => `test-${randomUUID()}`;
