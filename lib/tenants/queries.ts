import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { tenants } from '@/db/schema';
import { isSlugParam } from '@/lib/validation/params';

export async function getTenantBySlug(slug: string) {
  if (!isSlugParam(slug)) return null;
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, slug)).limit(1);
  return tenant ?? null;
}
