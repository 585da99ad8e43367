import { db } from '@/db/client';
import { lostSales } from '@/db/schema';
import { metrics } from '@/lib/observability/metrics';
import type { FlavorAvailability } from './errors';

/** Remembers each flavor we could not serve, for the owner's "sales lost for lack of stock". */
export async function recordLostSales(tenantId: string, availability: FlavorAvailability[]) {
  const short = availability.filter((a) => a.available < a.requested);
  if (short.length === 0) return;
  metrics.lostSales.inc({ tenant: tenantId });
  metrics.lostSlices.inc(
    { tenant: tenantId },
    short.reduce((sum, a) => sum + a.requested - a.available, 0),
  );
  await db
    .insert(lostSales)
    .values(short.map((a) => ({ tenantId, productId: a.productId, requested: a.requested, available: a.available })));
}
