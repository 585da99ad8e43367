import { eq } from 'drizzle-orm';
import { db, type Executor } from '@/db/client';
import { tenants } from '@/db/schema';

export async function getTenantBySlug(slug: string) {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, slug)).limit(1);
  return tenant ?? null;
}

export async function getTenantById(tenantId: string, executor: Executor = db) {
  const [tenant] = await executor.select().from(tenants).where(eq(tenants.id, tenantId)).limit(1);
  return tenant ?? null;
}
