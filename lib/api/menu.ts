import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { tenants } from '@/db/schema';
import { listFlavorsOnSale } from '@/lib/inventory';

export const menuFlavorSchema = z
  .object({
    productId: z.uuid(),
    name: z.string(),
    description: z.string(),
    imageUrl: z.string().nullable().meta({ description: 'Caminho da foto no app (`/api/fotos/{id}`), se houver.' }),
    priceCents: z.int().min(0).meta({ description: 'Preço de um pedaço, em centavos de real.' }),
    slicesLeft: z.int().min(0).meta({ description: 'Pedaços livres agora (sem reserva viva).' }),
    openPizzas: z.int().min(0),
  })
  .meta({ id: 'MenuFlavor' });

export const menuSchema = z
  .object({
    isOpen: z.boolean().meta({ description: 'A pizzaria aceita pedidos agora.' }),
    flavors: z.array(menuFlavorSchema),
  })
  .meta({ id: 'Menu' });
export type Menu = z.infer<typeof menuSchema>;

/** The key's pizzeria's menu with slices free right now, as the storefront shows it. */
export async function readMenu(tenantId: string): Promise<Menu> {
  const [tenant] = await db.select({ isOpen: tenants.isOpen }).from(tenants).where(eq(tenants.id, tenantId));
  return { isOpen: tenant?.isOpen ?? false, flavors: await listFlavorsOnSale(tenantId) };
}
