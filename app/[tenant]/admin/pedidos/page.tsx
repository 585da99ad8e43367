import type { Metadata } from 'next';
import Link from 'next/link';
import { OrderStatusLabel } from '@/components/admin/order-status-label';
import { ORDER_STATUS_LABELS } from '@/lib/orders/status';
import { ORDER_STATUSES } from '@/db/schema';
import { requireMember, ROLES } from '@/lib/auth';
import { formatBRL } from '@/lib/money';
import { orderFilterSchema, searchOrders } from '@/lib/orders/search';

export const metadata: Metadata = { title: 'Pedidos' };

type Props = {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const inputClass = 'rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base';

export default async function OrdersPage({ params, searchParams }: Props) {
  const { tenant: slug } = await params;
  const { tenant } = await requireMember(slug, ROLES.staffAdmin, `/${slug}/admin/pedidos`);
  // A bad filter value is dropped, not an error: the list still shows.
  const filter = orderFilterSchema.parse(await searchParams);
  const orders = await searchOrders(tenant.id, tenant.timezone, filter);
  const when = (d: Date) =>
    d.toLocaleString('pt-BR', { dateStyle: 'short', timeStyle: 'short', timeZone: tenant.timezone });

  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">Pedidos</h1>
      <search>
        <form className="flex flex-wrap items-end gap-3" action={`/${slug}/admin/pedidos`}>
          <div className="flex flex-col gap-1">
            <label htmlFor="f-q" className="font-medium">
              Buscar
            </label>
            <input
              id="f-q"
              name="q"
              defaultValue={filter.q}
              placeholder="Código, nome ou telefone"
              className={inputClass}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="f-status" className="font-medium">
              Situação
            </label>
            <select id="f-status" name="status" defaultValue={filter.status ?? ''} className={inputClass}>
              <option value="">Todas</option>
              {ORDER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ORDER_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="f-day" className="font-medium">
              Dia
            </label>
            <input id="f-day" name="day" type="date" defaultValue={filter.day} className={inputClass} />
          </div>
          <button
            type="submit"
            className="rounded-full bg-tomato px-5 py-2.5 font-semibold text-white hover:bg-tomato-dark"
          >
            Filtrar
          </button>
        </form>
      </search>
      {orders.length === 0 ? (
        <p>Nenhum pedido encontrado.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200 rounded-2xl bg-white shadow-sm ring-1 ring-stone-200">
          {orders.map((o) => (
            <li key={o.id}>
              <Link
                href={`/${slug}/admin/pedidos/${o.id}`}
                className="flex flex-wrap items-center gap-x-4 gap-y-1 p-4 hover:bg-stone-50"
              >
                <span className="font-mono font-bold">{o.code}</span>
                <OrderStatusLabel status={o.status} />
                <span className="flex-1">{o.customerName ?? 'Sem nome'}</span>
                <span className="text-sm text-stone-600">{when(o.createdAt)}</span>
                <span className="font-semibold">{formatBRL(o.totalCents)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
