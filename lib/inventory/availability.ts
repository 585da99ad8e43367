import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { batchIsSelling, sliceIsFree } from './sellable';

export type FlavorOnSale = {
  productId: string;
  name: string;
  description: string;
  imageUrl: string | null;
  priceCents: number;
  slicesLeft: number;
  openPizzas: number;
};

/** The menu as a customer sees it now: every active flavor, sold-out ones included. */
export async function listFlavorsOnSale(tenantId: string): Promise<FlavorOnSale[]> {
  const rows = await db.execute<{
    id: string;
    name: string;
    description: string;
    image_url: string | null;
    price_cents: number;
    slices_left: number;
    open_pizzas: number;
  }>(sql`
    SELECT p.id, p.name, p.description, p.image_url, p.price_cents,
      coalesce(c.slices_left, 0)::int AS slices_left, coalesce(c.open_pizzas, 0)::int AS open_pizzas
    FROM products p
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE ${sliceIsFree}) AS slices_left, count(DISTINCT b.id) AS open_pizzas
      FROM batches b JOIN slices s ON s.batch_id = b.id
      WHERE b.tenant_id = ${tenantId} AND b.product_id = p.id AND ${batchIsSelling}
    ) c ON true
    WHERE p.tenant_id = ${tenantId} AND p.active
    ORDER BY p.sort_order, p.name`);
  return rows.map((r) => ({
    productId: r.id,
    name: r.name,
    description: r.description,
    imageUrl: r.image_url,
    priceCents: r.price_cents,
    slicesLeft: r.slices_left,
    openPizzas: r.open_pizzas,
  }));
}
