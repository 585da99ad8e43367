import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { products } from '@/db/schema';
import { writeEvents } from '@/lib/outbox/write';
import { type DomainError, fail, type Result } from '@/lib/result';
import { readImage, replaceImage } from './image';
import type { ProductForm } from './schemas';

export type CatalogResult<T extends object = object> = Result<
  T,
  DomainError<'not_found' | 'duplicate_name' | 'bad_photo'>
>;

const notFound = fail({ code: 'not_found', message: 'Sabor não encontrado.' });
const badPhoto = fail({
  code: 'bad_photo',
  message: 'Envie uma foto JPEG, PNG ou WebP.',
  fields: { photo: 'Envie uma foto JPEG, PNG ou WebP.' },
});

export function listProducts(tenantId: string) {
  return db
    .select()
    .from(products)
    .where(eq(products.tenantId, tenantId))
    .orderBy(asc(products.sortOrder), asc(products.name));
}

export async function getProduct(tenantId: string, productId: string) {
  const [product] = await db
    .select()
    .from(products)
    .where(and(eq(products.tenantId, tenantId), eq(products.id, productId)))
    .limit(1);
  return product ?? null;
}

const isDuplicateName = (error: unknown) =>
  (error as { cause?: { constraint_name?: string } }).cause?.constraint_name === 'products_tenant_name_key';
const duplicateName = fail({
  code: 'duplicate_name',
  message: 'Já existe um sabor com este nome.',
  fields: { name: 'Já existe um sabor com este nome.' },
});

/** Adds a flavor (with its photo, if any) in one transaction; it goes on the menu at the end. */
export async function createProduct(
  tenantId: string,
  form: ProductForm,
): Promise<CatalogResult<{ productId: string }>> {
  const image = form.photo ? await readImage(form.photo) : undefined;
  if (image === null) return badPhoto;
  try {
    return await db.transaction(async (tx) => {
      const imageUrl = image ? await replaceImage(tx, tenantId, null, image) : null;
      const next = await tx.$count(products, eq(products.tenantId, tenantId));
      const [product] = await tx
        .insert(products)
        .values({
          tenantId,
          name: form.name,
          description: form.description,
          priceCents: form.price,
          slicesPerPizza: form.slicesPerPizza,
          imageUrl,
          sortOrder: next,
        })
        .returning({ id: products.id });
      await writeEvents(tx, tenantId, [
        { type: 'inventory.changed', aggregateId: null, payload: { productIds: [product!.id] } },
      ]);
      return { ok: true as const, productId: product!.id };
    });
  } catch (error) {
    if (isDuplicateName(error)) return duplicateName;
    throw error;
  }
}

/** Edits a flavor of this tenant; a new photo replaces the old one. */
export async function updateProduct(tenantId: string, productId: string, form: ProductForm): Promise<CatalogResult> {
  const image = form.photo ? await readImage(form.photo) : undefined;
  if (image === null) return badPhoto;
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx
        .select({ imageUrl: products.imageUrl })
        .from(products)
        .where(and(eq(products.tenantId, tenantId), eq(products.id, productId)))
        .for('update');
      if (!current) return notFound;
      const imageUrl = image ? await replaceImage(tx, tenantId, current.imageUrl, image) : current.imageUrl;
      await tx
        .update(products)
        .set({
          name: form.name,
          description: form.description,
          priceCents: form.price,
          slicesPerPizza: form.slicesPerPizza,
          imageUrl,
        })
        .where(and(eq(products.tenantId, tenantId), eq(products.id, productId)));
      await writeEvents(tx, tenantId, [
        { type: 'inventory.changed', aggregateId: null, payload: { productIds: [productId] } },
      ]);
      return { ok: true as const };
    });
  } catch (error) {
    if (isDuplicateName(error)) return duplicateName;
    throw error;
  }
}

/** Puts a flavor on or off the menu; doing it twice changes nothing more. */
export async function setProductActive(tenantId: string, productId: string, active: boolean): Promise<CatalogResult> {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(products)
      .set({ active })
      .where(and(eq(products.tenantId, tenantId), eq(products.id, productId)))
      .returning({ id: products.id });
    if (!updated) return notFound;
    await writeEvents(tx, tenantId, [
      { type: 'inventory.changed', aggregateId: null, payload: { productIds: [productId] } },
    ]);
    return { ok: true as const };
  });
}
