import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OrderTracker } from '@/components/order/order-tracker';
import { QueryProvider } from '@/components/query-provider';
import { LiveOrderLazy } from '@/components/realtime/live-lazy';
import { env } from '@/lib/env.js';
import { findOrderByLink } from '@/lib/checkout/order-link';
import { outboxPosition } from '@/lib/realtime/outbox-position';
import { cancelOrderAction, extendHoldAction } from './actions';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ tenant: string; code: string }>; searchParams: Promise<{ t?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Pedido ${(await params).code}`, robots: { index: false } };
}

export default async function OrderPage({ params, searchParams }: Props) {
  const [{ tenant: slug, code }, { t }] = await Promise.all([params, searchParams]);
  const token = typeof t === 'string' ? t : undefined;
  const since = await outboxPosition();
  const found = await findOrderByLink({ slug, code, token });
  if (!found || !token) notFound();
  return (
    <main className="mx-auto max-w-xl px-4 pt-4 pb-12">
      <Link
        href={`/${found.tenant.slug}`}
        className="inline-flex min-h-11 items-center text-sm font-semibold text-stone-700 hover:text-tomato"
      >
        ← {found.tenant.name}
      </Link>
      <div className="mt-3">
        <QueryProvider>
          <OrderTracker
            slug={found.tenant.slug}
            token={token}
            initial={found.view}
            holdActions={{ extend: extendHoldAction, cancel: cancelOrderAction }}
          />
          <LiveOrderLazy
            realtimeUrl={env.REALTIME_PUBLIC_URL}
            tenantSlug={found.tenant.slug}
            code={found.view.code}
            orderId={found.view.id}
            token={token}
            since={since}
          />
        </QueryProvider>
      </div>
    </main>
  );
}
