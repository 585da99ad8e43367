import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { batches, products, tenants } from '@/db/schema';
import { writeEvents } from '@/lib/outbox/write';
import { invalidInput } from '@/lib/result';
import { fail, type Result } from './errors';
import { openBatchSchema, type OpenBatchInput } from './schemas';

/** Opens a pizza: one batch and one row per slice, on sale at once. */
export async function openBatch(raw: OpenBatchInput): Promise<Result<{ batch: typeof batches.$inferSelect }>> {
  const parsed = openBatchSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const { tenantId, productId, sliceCount } = parsed.data;

  return db.transaction(async (tx) => {
    const [product] = await tx
      .select({
        active: products.active,
        slicesPerPizza: products.slicesPerPizza,
        freshnessHours: tenants.freshnessHours,
      })
      .from(products)
      .innerJoin(tenants, eq(tenants.id, products.tenantId))
      .where(and(eq(products.tenantId, tenantId), eq(products.id, productId)));
    if (!product) {
      return fail({
        code: 'unknown_product',
        message: 'Sabor não encontrado nesta pizzaria.',
        productIds: [productId],
      });
    }
    if (!product.active) {
      return fail({ code: 'product_inactive', message: 'Este sabor está fora do cardápio.', productIds: [productId] });
    }
    const count = sliceCount ?? product.slicesPerPizza;
    const [batch] = await tx
      .insert(batches)
      .values({
        tenantId,
        productId,
        sliceCount: count,
        freshUntil: sql`now() + make_interval(hours => ${product.freshnessHours})`,
      })
      .returning();
    await tx.execute(sql`
      INSERT INTO slices (tenant_id, batch_id, product_id, idx)
      SELECT ${tenantId}, ${batch!.id}, ${productId}, i FROM generate_series(0, ${count - 1}) AS i`);
    await writeEvents(tx, tenantId, [
      { type: 'inventory.changed', aggregateId: batch!.id, payload: { productIds: [productId] } },
    ]);
    return { ok: true as const, batch: batch! };
  });
}
