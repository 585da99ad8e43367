import type { Metadata } from 'next';
import { InlineAction } from '@/components/admin/inline-action';
import { OpenPizzaForm } from '@/components/admin/open-pizza-form';
import { SliceStrip } from '@/components/admin/slice-strip';
import { requireMember, ROLES } from '@/lib/auth';
import { listProducts } from '@/lib/catalog';
import { countOf } from '@/lib/format/plural';
import { listOpenBatches } from '@/lib/inventory';
import { closePizzaAction, openPizzaAction } from './actions';

export const metadata: Metadata = { title: 'Pizzas' };

type Props = { params: Promise<{ tenant: string }> };

const time = (d: Date, timeZone: string) =>
  d.toLocaleTimeString('pt-BR', { hour: '2-digit', minute: '2-digit', timeZone });

export default async function PizzasPage({ params }: Props) {
  const { tenant: slug } = await params;
  const { tenant } = await requireMember(slug, ROLES.staffAdmin, `/${slug}/admin/pizzas`);
  const [products, batches] = await Promise.all([listProducts(tenant.id), listOpenBatches(tenant.id)]);
  const active = products.filter((p) => p.active);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Pizzas no balcão</h1>
      <section aria-labelledby="open-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <h2 id="open-heading" className="mb-3 text-lg font-semibold">
          Abrir uma pizza
        </h2>
        {active.length === 0 ? (
          <p>Cadastre um sabor no cardápio primeiro.</p>
        ) : (
          <OpenPizzaForm action={openPizzaAction} slug={slug} flavors={active} />
        )}
      </section>
      <section aria-labelledby="batches-heading">
        <h2 id="batches-heading" className="mb-3 text-lg font-semibold">
          Abertas agora
        </h2>
        <p className="mb-3 text-sm text-stone-600">
          Verde: livre · amarelo: reservado por quem está pagando · cinza: vendido.
        </p>
        {batches.length === 0 ? (
          <p>Nenhuma pizza aberta.</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {batches.map((b) => (
              <li
                key={b.batchId}
                className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
              >
                <h3 className="font-semibold">{b.productName}</h3>
                <p className="text-sm text-stone-600">
                  Aberta às {time(b.openedAt, tenant.timezone)} · boa até {time(b.freshUntil, tenant.timezone)}
                </p>
                <SliceStrip free={b.free} held={b.held} sold={b.sold} />
                <p className="text-sm">
                  {countOf(b.free, 'livre', 'livres')} · {countOf(b.held, 'reservado', 'reservados')} ·{' '}
                  {countOf(b.sold, 'vendido', 'vendidos')}
                </p>
                <InlineAction
                  action={closePizzaAction}
                  fields={{ tenant: slug, batchId: b.batchId }}
                  label="Fechar e descartar o que sobrou"
                  pendingLabel="Fechando…"
                  variant="danger"
                  confirm={`Fechar esta pizza de ${b.productName} e descartar ${countOf(b.free, 'pedaço livre', 'pedaços livres')}? Não dá para desfazer.`}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
