import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { listFlavorsOnSale } from '@/lib/inventory';

export type KitchenOrder = {
  id: string;
  code: string;
  status: 'PAID' | 'IN_PREPARATION' | 'READY';
  /** First name only: enough to call out at the counter. */
  customerFirstName: string | null;
  paidAt: string;
  items: { productId: string; name: string; quantity: number }[];
};

export type KitchenStock = {
  productId: string;
  name: string;
  slicesLeft: number;
  openPizzas: number;
  slicesPerPizza: number;
};

export type KitchenBoard = { orders: KitchenOrder[]; stock: KitchenStock[]; serverNow: string };

/** What the KDS shows: paid orders not yet delivered, oldest first, and every flavor's stock. */
export async function getKitchenBoard(tenantId: string): Promise<KitchenBoard> {
  const [rows, flavors, sizes] = await Promise.all([
    db.execute<{
      id: string;
      code: string;
      status: KitchenOrder['status'];
      customer_name: string | null;
      paid_at: string;
      items: KitchenOrder['items'];
    }>(sql`
      SELECT o.id, o.code, o.status, o.customer_name,
        to_char(o.paid_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS paid_at,
        json_agg(json_build_object('productId', p.id, 'name', p.name, 'quantity', i.quantity) ORDER BY p.sort_order, p.name) AS items
      FROM orders o
      JOIN order_items i ON i.tenant_id = o.tenant_id AND i.order_id = o.id
      JOIN products p ON p.tenant_id = i.tenant_id AND p.id = i.product_id
      WHERE o.tenant_id = ${tenantId} AND o.status IN ('PAID', 'IN_PREPARATION', 'READY')
      GROUP BY o.id
      ORDER BY o.paid_at, o.code`),
    listFlavorsOnSale(tenantId),
    db.execute<{ id: string; slices_per_pizza: number }>(
      sql`SELECT id, slices_per_pizza FROM products WHERE tenant_id = ${tenantId}`,
    ),
  ]);
  const perPizza = new Map(sizes.map((p) => [p.id, p.slices_per_pizza]));
  return {
    orders: rows.map((r) => ({
      id: r.id,
      code: r.code,
      status: r.status,
      customerFirstName: r.customer_name?.trim().split(/\s+/)[0] ?? null,
      paidAt: r.paid_at,
      items: r.items,
    })),
    stock: flavors.map((f) => ({
      productId: f.productId,
      name: f.name,
      slicesLeft: f.slicesLeft,
      openPizzas: f.openPizzas,
      slicesPerPizza: perPizza.get(f.productId) ?? 8,
    })),
    serverNow: new Date().toISOString(),
  };
}
