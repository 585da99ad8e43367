import { z } from 'zod';
import { closeBatch, openBatch } from '@/lib/inventory';
import type { Result } from '@/lib/result';

export const openBatchBodySchema = z
  .object({
    productId: z.uuid({ error: 'Informe o sabor (productId).' }),
    sliceCount: z
      .int({ error: 'Use um número inteiro de 4 a 16.' })
      .min(4, 'Use um número inteiro de 4 a 16.')
      .max(16, 'Use um número inteiro de 4 a 16.')
      .optional()
      .meta({ description: 'Fatias da pizza; sem ele, as do sabor.' }),
  })
  .meta({ id: 'OpenBatch' });

export const batchSchema = z
  .object({
    batchId: z.uuid(),
    productId: z.uuid(),
    sliceCount: z.int(),
    openedAt: z.iso.datetime({ offset: true }),
    freshUntil: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Batch' });

export const closedBatchSchema = z
  .object({ batchId: z.uuid(), wasted: z.int().min(0).meta({ description: 'Fatias livres que viraram perda.' }) })
  .meta({ id: 'ClosedBatch' });

/** POST /batches: a pizza opened, its slices on sale at once (the KDS's "Abrir pizza"). */
export async function openApiBatch(
  tenantId: string,
  body: z.output<typeof openBatchBodySchema>,
): Promise<Result<{ batch: z.infer<typeof batchSchema> }>> {
  const opened = await openBatch({ tenantId, ...body });
  if (!opened.ok) return opened;
  const b = opened.batch;
  return {
    ok: true,
    batch: {
      batchId: b.id,
      productId: b.productId,
      sliceCount: b.sliceCount,
      openedAt: b.openedAt.toISOString(),
      freshUntil: b.freshUntil.toISOString(),
    },
  };
}

/** POST /batches/{id}/close: the pizza leaves the counter; what is left of it is waste. Closing twice is fine. */
export async function closeApiBatch(
  tenantId: string,
  batchId: string,
): Promise<Result<{ batch: z.infer<typeof closedBatchSchema> }>> {
  const closed = await closeBatch(tenantId, batchId);
  return closed.ok ? { ok: true, batch: { batchId, wasted: closed.wasted } } : closed;
}
