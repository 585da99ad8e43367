import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { orders } from '@/db/schema';

/** A stable fingerprint of what was asked, so one key cannot stand for two different carts. */
export function requestFingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

export async function findOrderByIdempotencyKey(tenantId: string, idempotencyKey: string) {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.tenantId, tenantId), eq(orders.idempotencyKey, idempotencyKey)))
    .limit(1);
  return order ?? null;
}
