import { z } from 'zod';
import { listFlavorsOnSale, listOpenBatches } from '@/lib/inventory';

export const stockBatchSchema = z
  .object({
    batchId: z.uuid(),
    productId: z.uuid(),
    productName: z.string(),
    sliceCount: z.int().min(1),
    openedAt: z.iso.datetime({ offset: true }),
    freshUntil: z.iso.datetime({ offset: true }).meta({ description: 'Depois disso o que sobrar vira perda.' }),
    free: z.int().min(0),
    held: z.int().min(0).meta({ description: 'Reservados por pedidos aguardando pagamento.' }),
    sold: z.int().min(0),
  })
  .meta({ id: 'StockBatch' });

export const stockSchema = z
  .object({
    flavors: z.array(
      z.object({ productId: z.uuid(), name: z.string(), slicesLeft: z.int().min(0), openPizzas: z.int().min(0) }),
    ),
    batches: z.array(stockBatchSchema).meta({ description: 'Pizzas abertas no balcão, da mais antiga à mais nova.' }),
  })
  .meta({ id: 'Stock' });
export type Stock = z.infer<typeof stockSchema>;

/** What is on the counter: free slices per flavor, and each open pizza with where its slices stand. */
export async function readStock(tenantId: string): Promise<Stock> {
  const [flavors, batches] = await Promise.all([listFlavorsOnSale(tenantId), listOpenBatches(tenantId)]);
  return {
    flavors: flavors.map(({ productId, name, slicesLeft, openPizzas }) => ({
      productId,
      name,
      slicesLeft,
      openPizzas,
    })),
    batches: batches.map((b) => ({ ...b, openedAt: b.openedAt.toISOString(), freshUntil: b.freshUntil.toISOString() })),
  };
}
