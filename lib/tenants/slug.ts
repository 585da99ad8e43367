import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { tenants } from '@/db/schema';
import { slugSchema } from './schemas';

export type SlugCheck = { available: true; slug: string } | { available: false; message: string };

/** The sign-up form asks this as the owner types. */
export async function checkSlug(raw: unknown): Promise<SlugCheck> {
  const parsed = slugSchema.safeParse(raw);
  if (!parsed.success) return { available: false, message: parsed.error.issues[0]!.message };
  const [taken] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, parsed.data)).limit(1);
  return taken
    ? { available: false, message: 'Este endereço já está em uso. Escolha outro.' }
    : { available: true, slug: parsed.data };
}
