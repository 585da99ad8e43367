import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Executor } from '@/db/client';
import { type IMAGE_TYPES, MAX_IMAGE_BYTES, productImages } from '@/db/schema';

type ImageType = (typeof IMAGE_TYPES)[number];

/** The type from the file's first bytes: the browser's claim is not trusted. */
function sniff(bytes: Buffer): ImageType | null {
  if (bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP')
    return 'image/webp';
  return null;
}

export type UploadedImage = { contentType: ImageType; bytes: Buffer };

/**
 * An optional photo field: no file (or an empty one) keeps what there is. Size is checked here;
 * the bytes are checked by `readImage` (schemas stay synchronous).
 */
export const photoSchema = z
  .instanceof(File, { error: 'Envie uma foto JPEG, PNG ou WebP.' })
  .optional()
  .transform((file) => (file && file.size > 0 ? file : undefined))
  .refine((file) => !file || file.size <= MAX_IMAGE_BYTES, 'A foto pode ter no máximo 2 MB.');

/** The file's bytes if they really are a JPEG, PNG or WebP image, else null. */
export async function readImage(file: File): Promise<UploadedImage | null> {
  const bytes = Buffer.from(await file.arrayBuffer());
  const contentType = sniff(bytes);
  return contentType ? { contentType, bytes } : null;
}

export const imageUrlOf = (imageId: string) => `/api/fotos/${imageId}`;
const imageIdOf = (url: string | null) => url?.match(/^\/api\/fotos\/([0-9a-f-]{36})$/)?.[1] ?? null;

/** Stores the photo and drops the one it replaces; call inside the product's transaction. */
export async function replaceImage(tx: Executor, tenantId: string, previousUrl: string | null, image: UploadedImage) {
  const [saved] = await tx
    .insert(productImages)
    .values({ tenantId, ...image })
    .returning({ id: productImages.id });
  const previousId = imageIdOf(previousUrl);
  if (previousId)
    await tx.delete(productImages).where(and(eq(productImages.tenantId, tenantId), eq(productImages.id, previousId)));
  return imageUrlOf(saved!.id);
}

/** A photo by id, for the public image route (menus are public, so are their photos). */
export async function getImage(imageId: string) {
  if (!z.uuid().safeParse(imageId).success) return null;
  const [image] = await db
    .select({ contentType: productImages.contentType, bytes: productImages.bytes })
    .from(productImages)
    .where(eq(productImages.id, imageId))
    .limit(1);
  return image ?? null;
}
