import type { ActionResult } from '@/lib/actions/validated-action';
import type { FlavorAvailability } from '@/lib/inventory';

/** What the checkout form gets back: where to go next, or what went wrong and what is left. */
export type CheckoutResult = ActionResult<{ orderUrl: string; redirectUrl?: string }, FlavorAvailability[]>;
