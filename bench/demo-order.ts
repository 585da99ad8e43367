import { randomUUID } from 'node:crypto';
import { listFlavorsOnSale } from '@/lib/inventory';
import { placeOrder } from '@/lib/checkout/place-order';
import { createMemoryRateLimiter } from '@/lib/rate-limit';

/** One pending PIX order of the demo pizzeria, placed as the checkout does: its page's path. */
export async function placeDemoOrder(tenantId: string): Promise<string> {
  const flavors = (await listFlavorsOnSale(tenantId)).filter((f) => f.slicesLeft >= 2);
  const placed = await placeOrder(
    {
      tenantId,
      tenantSlug: 'pizzaria-demo',
      idempotencyKey: `bench-${randomUUID()}`,
      cart: flavors.slice(0, 2).map((f) => ({ productId: f.productId, quantity: 2 })),
      method: 'pix',
      name: 'Ana Souza',
      phone: '+5511912345678',
      email: 'ana@example.com',
      clientKey: 'bench',
    },
    { limiter: createMemoryRateLimiter({ prefix: 'bench', limit: 100, windowSeconds: 60 }) },
  );
  if (!placed.ok) throw new Error(`could not place the demo order: ${placed.error.message}`);
  return placed.orderUrl;
}
