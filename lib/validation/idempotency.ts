import { z } from 'zod';

/** The key a client sends so a retried request does the work once. */
export const idempotencyKeySchema = z
  .string({ error: 'Recarregue a página e tente de novo.' })
  .min(8, 'Recarregue a página e tente de novo.')
  .max(128, 'Recarregue a página e tente de novo.')
  .regex(/^[\w.:-]+$/, 'Recarregue a página e tente de novo.');
