import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProductForm } from '@/components/admin/product-form';
import { requireMember, ROLES } from '@/lib/auth';
import { centsToInput, getProduct, productIdSchema } from '@/lib/catalog';
import { updateProductAction } from '../actions';

export const metadata: Metadata = { title: 'Editar sabor' };

type Props = { params: Promise<{ tenant: string; productId: string }> };

export default async function EditProductPage({ params }: Props) {
  const { tenant: slug, productId } = await params;
  const { tenant } = await requireMember(slug, ROLES.staffAdmin, `/${slug}/admin/cardapio/${productId}`);
  const id = productIdSchema.safeParse(productId);
  const product = id.success ? await getProduct(tenant.id, id.data) : null;
  if (!product) notFound();

  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <Link
        href={`/${slug}/admin/cardapio`}
        className="inline-flex min-h-11 items-center text-sm font-semibold text-stone-700 hover:text-tomato"
      >
        ← Cardápio
      </Link>
      <h1 className="text-2xl font-bold">Editar {product.name}</h1>
      {product.imageUrl && (
        // biome-ignore lint/performance/noImgElement: our own /api/fotos bytes at display size; next/image would add client JS and an optimizer hop
        <img
          src={product.imageUrl}
          alt={`Foto atual de ${product.name}`}
          className="h-40 w-40 rounded-2xl object-cover"
        />
      )}
      <ProductForm
        action={updateProductAction}
        slug={slug}
        defaultSlicesPerPizza={tenant.defaultSlicesPerPizza}
        product={{
          id: product.id,
          name: product.name,
          description: product.description,
          price: centsToInput(product.priceCents),
          slicesPerPizza: product.slicesPerPizza,
          imageUrl: product.imageUrl,
        }}
      />
    </div>
  );
}
