import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { tenants } from '@/db/schema';
import { writeEvents } from '@/lib/outbox/write';
import { type DomainError, fail, type Result } from '@/lib/result';
import { freshnessHoursSchema, holdSecondsSchema } from './schemas';

export const settingsSchema = z.object({
  isOpen: z.enum(['true', 'false'], { error: 'Escolha se a pizzaria está aberta.' }).transform((v) => v === 'true'),
  holdSeconds: holdSecondsSchema,
  freshnessHours: freshnessHoursSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

/** Opening hours and timings; the storefront hears about it through the outbox. */
export async function updateTenantSettings(
  tenantId: string,
  settings: Settings,
): Promise<Result<object, DomainError<'not_found'>>> {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(tenants)
      .set({
        isOpen: settings.isOpen,
        holdSeconds: settings.holdSeconds,
        // The longest a hold may be stretched never falls below the hold itself.
        maxHoldSeconds: sql`greatest(${tenants.maxHoldSeconds}, ${settings.holdSeconds})`,
        freshnessHours: settings.freshnessHours,
      })
      .where(eq(tenants.id, tenantId))
      .returning({ id: tenants.id });
    if (!updated) return fail({ code: 'not_found', message: 'Pizzaria não encontrada.' });
    await writeEvents(tx, tenantId, [{ type: 'inventory.changed', aggregateId: null, payload: { productIds: [] } }]);
    return { ok: true as const };
  });
}
