import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CheckoutForm } from '@/components/checkout/checkout-form';
import { QueryProvider } from '@/components/query-provider';
import { listFlavorsOnSale } from '@/lib/inventory';
import { getRequestTenant } from '@/lib/tenants/request';
import { placeOrderAction } from './actions';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ tenant: string }> };

export const metadata: Metadata = { title: 'Finalizar pedido' };

export default async function CheckoutPage({ params }: Props) {
  const tenant = await getRequestTenant((await params).tenant);
  if (!tenant) notFound();
  const flavors = await listFlavorsOnSale(tenant.id);
  return (
    <main className="mx-auto max-w-xl px-4 pt-4 pb-12">
      <Link
        href={`/${tenant.slug}`}
        className="inline-flex min-h-11 items-center text-sm font-semibold text-stone-700 hover:text-tomato"
      >
        ← {tenant.name}
      </Link>
      <h1 className="mt-3 mb-5 text-2xl font-bold text-tomato">Finalizar pedido</h1>
      <QueryProvider>
        <CheckoutForm
          slug={tenant.slug}
          initial={{ isOpen: tenant.isOpen, flavors }}
          holdMinutes={Math.round(tenant.holdSeconds / 60)}
          action={placeOrderAction}
        />
      </QueryProvider>
    </main>
  );
}
