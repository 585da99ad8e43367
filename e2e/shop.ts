import { randomUUID } from 'node:crypto';
import { domain } from './app-domain';

type Flavor = { name: string; priceCents: number; pizzas: number; slicesLeft?: number };

/** A pizzeria of its own for one test, so parallel tests never share slices. */
export async function createShop(flavors: Flavor[]) {
  const { db, sql, schema, openBatch } = await domain();
  const slug = `e2e-${randomUUID().slice(0, 8)}`;
  const [tenant] = await db
    .insert(schema.tenants)
    .values({ slug, name: `Pizzaria ${slug}` })
    .returning();
  for (const [i, flavor] of flavors.entries()) {
    const [product] = await db
      .insert(schema.products)
      .values({
        tenantId: tenant!.id,
        name: flavor.name,
        priceCents: flavor.priceCents,
        slicesPerPizza: 4,
        sortOrder: i,
      })
      .returning();
    for (let p = 0; p < flavor.pizzas; p++) {
      const opened = await openBatch({ tenantId: tenant!.id, productId: product!.id, sliceCount: 4 });
      if (!opened.ok) throw new Error(opened.error.message);
    }
    if (flavor.slicesLeft !== undefined) {
      // Slices sold at the counter before the test: only `slicesLeft` remain.
      await sql`
        UPDATE slices SET status = 'WASTED' WHERE id IN (
          SELECT id FROM slices WHERE product_id = ${product!.id} AND status = 'AVAILABLE'
          ORDER BY id OFFSET ${flavor.slicesLeft})`;
    }
  }
  return { slug, tenantId: tenant!.id };
}
