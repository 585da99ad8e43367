import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BrandLink } from '@/components/brand-link';
import { FlavorList } from '@/components/flavor-list';
import { OpenStatus } from '@/components/open-status';
import { listFlavorsOnSale } from '@/lib/inventory';
import { getRequestTenant } from '@/lib/tenants/request';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tenant = await getRequestTenant((await params).tenant);
  return { title: tenant?.name ?? 'Pizzaria não encontrada' };
}

export default async function StorefrontPage({ params }: Props) {
  const tenant = await getRequestTenant((await params).tenant);
  if (!tenant) notFound();
  const flavors = await listFlavorsOnSale(tenant.id);

  return (
    <main className="mx-auto max-w-xl px-4 pt-4 pb-12">
      <BrandLink />
      <header className="mt-4 mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-tomato">{tenant.name}</h1>
        <OpenStatus isOpen={tenant.isOpen} />
      </header>
      <section aria-labelledby="flavors-heading">
        <h2 id="flavors-heading" className="mb-3 text-lg font-semibold">
          Sabores agora no balcão
        </h2>
        <FlavorList flavors={flavors} />
      </section>
    </main>
  );
}
