import type { Metadata } from 'next';
import { ORDER_STATUS_LABELS } from '@/lib/orders/status';
import { SalesChart } from '@/components/admin/sales-chart';
import { ShopLinksCard } from '@/components/admin/shop-links-card';
import { ORDER_STATUSES } from '@/db/schema';
import { requireMember, ROLES } from '@/lib/auth';
import { formatBRL } from '@/lib/money';
import { todaySummary } from '@/lib/reports/today';
import { storefrontQrDataUrl } from '@/lib/tenants/storefront-qr';

export const metadata: Metadata = { title: 'Hoje' };

type Props = { params: Promise<{ tenant: string }> };

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <div className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="mt-1 text-2xl font-bold">{value}</dd>
    </div>
  );
}

export default async function TodayPage({ params }: Props) {
  const { tenant: slug } = await params;
  const { tenant } = await requireMember(slug, ROLES.staffAdmin, `/${slug}/admin`);
  const [today, qrDataUrl] = await Promise.all([todaySummary(tenant.id, tenant.timezone), storefrontQrDataUrl(slug)]);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Hoje em {tenant.name}</h1>
      <ShopLinksCard slug={slug} qrDataUrl={qrDataUrl} />
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <Figure label="Vendas" value={today.salesCount} />
        <Figure label="Faturado" value={formatBRL(today.salesCents)} />
        <Figure label="Pedaços vendidos" value={today.slicesSold} />
        <Figure label="Pedaços desperdiçados" value={today.slicesWasted} />
        <Figure label="Pizzas abertas" value={today.openPizzas} />
      </dl>
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <SalesChart byHour={today.salesByHour} />
        <section aria-labelledby="by-status" className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
          <h2 id="by-status" className="mb-2 font-semibold">
            Pedidos por situação
          </h2>
          <ul className="flex flex-col gap-1">
            {ORDER_STATUSES.map((status) => (
              <li key={status} className="flex justify-between">
                <span>{ORDER_STATUS_LABELS[status]}</span>
                <span className="font-semibold">{today.ordersByStatus[status] ?? 0}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
