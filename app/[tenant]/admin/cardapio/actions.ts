'use server';

import { revalidatePath } from 'next/cache';
import { memberAction, ROLES } from '@/lib/auth';
import {
  createProduct,
  productFormSchema,
  productIdSchema,
  productVisibilitySchema,
  setProductActive,
  updateProduct,
  type CatalogResult,
} from '@/lib/catalog';

function answer(result: CatalogResult, slug: string) {
  if (!result.ok) return result;
  revalidatePath(`/${slug}/admin/cardapio`);
  return { ok: true as const };
}

export const createProductAction = memberAction(productFormSchema, ROLES.staffAdmin, async (input, { tenant }) =>
  answer(await createProduct(tenant.id, input), tenant.slug),
);

export const updateProductAction = memberAction(
  productFormSchema.extend({ productId: productIdSchema }),
  ROLES.staffAdmin,
  async ({ productId, ...input }, { tenant }) => answer(await updateProduct(tenant.id, productId, input), tenant.slug),
);

export const setProductActiveAction = memberAction(
  productVisibilitySchema,
  ROLES.staffAdmin,
  async ({ productId, active }, { tenant }) =>
    answer(await setProductActive(tenant.id, productId, active), tenant.slug),
);
