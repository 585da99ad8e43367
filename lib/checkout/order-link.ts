import { z } from 'zod';
import { getTenantBySlug } from '@/lib/tenants/queries';
import { isValidOrderAccessToken } from '@/lib/orders/access-token';
import { getOrderView } from './order-view';

const linkSchema = z.object({
  slug: z.string().min(1).max(48),
  code: z.string().regex(/^[A-Z0-9]{4,8}$/),
  token: z.string().min(1).max(64),
});

/**
 * The order behind a customer's link, or null: a wrong token looks exactly like a missing
 * order, so a link cannot be used to probe which codes exist.
 */
export async function findOrderByLink(raw: { slug: string; code: string; token: string | null | undefined }) {
  const parsed = linkSchema.safeParse(raw);
  if (!parsed.success) return null;
  const tenant = await getTenantBySlug(parsed.data.slug);
  if (!tenant) return null;
  const view = await getOrderView(tenant.id, parsed.data.code);
  if (!view || !isValidOrderAccessToken(view.id, parsed.data.token)) return null;
  return { tenant, view };
}
