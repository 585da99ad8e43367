import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { idList } from '@/lib/inventory/sellable';

/**
 * DELIBERATELY WRONG. Do not copy this anywhere: it exists only so the benchmark can
 * show what the reservation engine protects against.
 *
 * The "obvious" read-then-write sale: read the free slices, then mark them sold.
 * There is no row lock, no Redis hold and no conditional update (the UPDATE does not
 * re-check the status), so two buyers who read the same free slices both "buy" them.
 * Wrapping it in a transaction does not help: at READ COMMITTED the second UPDATE
 * waits for the first to commit and then overwrites it.
 *
 * Sells at once (status SOLD, order PAID), like the benchmark's buyers who pay
 * straight after reserving.
 */
let orderSeq = 0;

export async function naiveBuy(tenantId: string, productId: string, quantity: number, unitPriceCents: number) {
  return db.transaction(async (tx) => {
    const free = await tx.execute<{ id: string }>(sql`
      SELECT id FROM slices
      WHERE tenant_id = ${tenantId} AND product_id = ${productId} AND status = 'AVAILABLE'
      ORDER BY id LIMIT ${quantity}`);
    if (free.length < quantity) return { ok: false as const };

    const orderId = randomUUID();
    // A unique code from a counter: a random one would now and then hit orders_tenant_code_key.
    const code = `N${(++orderSeq).toString(36).toUpperCase().padStart(6, '0')}`;
    await tx.execute(sql`
      INSERT INTO orders (id, tenant_id, code, status, idempotency_key, request_hash, total_cents, hold_expires_at, paid_at)
      VALUES (${orderId}, ${tenantId}, ${code}, 'PAID', ${`naive-${orderId}`}, 'naive', ${quantity * unitPriceCents}, now(), now())`);
    await tx.execute(sql`
      INSERT INTO order_items (tenant_id, order_id, product_id, quantity, unit_price_cents)
      VALUES (${tenantId}, ${orderId}, ${productId}, ${quantity}, ${unitPriceCents})`);
    // The bug: no "AND status = 'AVAILABLE'" and no check of how many rows changed.
    await tx.execute(sql`
      UPDATE slices SET status = 'SOLD', order_id = ${orderId}, reserved_until = NULL, sold_at = now()
      WHERE tenant_id = ${tenantId} AND id IN (${idList(free.map((r) => Number(r.id)))})`);
    return { ok: true as const, orderId };
  });
}
