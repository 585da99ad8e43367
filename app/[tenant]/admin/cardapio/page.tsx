import type { Metadata } from 'next';
import Link from 'next/link';
import { InlineAction } from '@/components/admin/inline-action';
import { ProductForm } from '@/components/admin/product-form';
import { requireMember, ROLES } from '@/lib/auth';
import { listProducts } from '@/lib/catalog';
import { formatBRL } from '@/lib/money';
import { createProductAction, setProductActiveAction } from './actions';

export const metadata: Metadata = { title: 'Cardápio' };

type Props = { params: Promise<{ tenant: string }> };

export default async function MenuPage({ params }: Props) {
  const { tenant: slug } = await params;
  const { tenant } = await requireMember(slug, ROLES.staffAdmin, `/${slug}/admin/cardapio`);
  const products = await listProducts(tenant.id);

  return (
    <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
      <section aria-labelledby="menu-heading">
        <h1 id="menu-heading" className="mb-4 text-2xl font-bold">
          Cardápio
        </h1>
        {products.length === 0 ? (
          <p className="text-stone-700">Nenhum sabor ainda. Adicione o primeiro ao lado.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {products.map((p) => (
              <li
                key={p.id}
                className={`flex flex-wrap items-center gap-x-4 gap-y-2 rounded-2xl p-4 ring-1 ring-stone-200 ${p.active ? 'bg-white shadow-sm' : 'bg-stone-100'}`}
              >
                {p.imageUrl && (
                  // biome-ignore lint/performance/noImgElement: our own /api/fotos bytes at display size; next/image would add client JS and an optimizer hop
                  <img
                    src={p.imageUrl}
                    alt=""
                    width={64}
                    height={64}
                    className="size-16 shrink-0 rounded-xl object-cover object-center"
                  />
                )}
                <div className="min-w-40 flex-1">
                  <h2 className="font-semibold">{p.name}</h2>
                  <p className="text-sm text-stone-600">
                    {formatBRL(p.priceCents)} / pedaço · {p.slicesPerPizza} pedaços ·{' '}
                    {p.active ? 'No cardápio' : 'Fora do cardápio'}
                  </p>
                </div>
                {/* The row's buttons stay together on one line; the row wraps above them instead. */}
                <div className="flex shrink-0 items-center gap-3 whitespace-nowrap">
                  <Link
                    href={`/${slug}/admin/cardapio/${p.id}`}
                    className="inline-flex min-h-11 items-center font-semibold text-tomato underline underline-offset-4"
                    aria-label={`Editar ${p.name}`}
                  >
                    Editar
                  </Link>
                  <InlineAction
                    action={setProductActiveAction}
                    fields={{ tenant: slug, productId: p.id, active: String(!p.active) }}
                    label={p.active ? 'Tirar do cardápio' : 'Voltar ao cardápio'}
                    pendingLabel="Salvando…"
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-flavor" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <h2 id="new-flavor" className="mb-4 text-lg font-semibold">
          Novo sabor
        </h2>
        <ProductForm action={createProductAction} slug={slug} defaultSlicesPerPizza={tenant.defaultSlicesPerPizza} />
      </section>
    </div>
  );
}
