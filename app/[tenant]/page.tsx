import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BrandLink } from '@/components/brand-link';
import { QueryProvider } from '@/components/query-provider';
import { LiveMenuLazy } from '@/components/realtime/live-lazy';
import { StorefrontMenu } from '@/components/storefront/storefront-menu';
import { env } from '@/lib/env.js';
import { listFlavorsOnSale } from '@/lib/inventory';
import { outboxPosition } from '@/lib/realtime/outbox-position';
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
  const since = await outboxPosition();
  const flavors = await listFlavorsOnSale(tenant.id);

  return (
    <main className="mx-auto max-w-xl px-4 pt-4 pb-28">
      <BrandLink />
      <h1 className="mt-4 mb-2 text-3xl font-bold tracking-tight text-tomato">{tenant.name}</h1>
      <QueryProvider>
        <StorefrontMenu slug={tenant.slug} initial={{ isOpen: tenant.isOpen, flavors }} />
        <LiveMenuLazy
          realtimeUrl={env.REALTIME_PUBLIC_URL}
          tenantId={tenant.id}
          tenantSlug={tenant.slug}
          since={since}
        />
      </QueryProvider>
    </main>
  );
}
