import type { Metadata } from 'next';
import { MercadoPagoForm } from '@/components/admin/mercado-pago-form';
import { SettingsForm } from '@/components/admin/settings-form';
import { requireMember, ROLES } from '@/lib/auth';
import { getMercadoPagoCredentialsStatus, notificationUrl } from '@/lib/payments';
import { saveMercadoPagoAction, saveSettingsAction } from './actions';

export const metadata: Metadata = { title: 'Configurações' };

type Props = { params: Promise<{ tenant: string }> };

export default async function SettingsPage({ params }: Props) {
  const { tenant: slug } = await params;
  const { tenant } = await requireMember(slug, ROLES.ownerOnly, `/${slug}/admin/configuracoes`);
  const mercadoPago = await getMercadoPagoCredentialsStatus(tenant.id);

  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-2xl font-bold">Configurações</h1>
      <section aria-labelledby="shop-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <h2 id="shop-heading" className="mb-4 text-lg font-semibold">
          Funcionamento
        </h2>
        <SettingsForm
          action={saveSettingsAction}
          slug={slug}
          settings={{ isOpen: tenant.isOpen, holdSeconds: tenant.holdSeconds, freshnessHours: tenant.freshnessHours }}
        />
      </section>
      <section
        aria-labelledby="mp-heading"
        className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
      >
        <h2 id="mp-heading" className="text-lg font-semibold">
          Mercado Pago
        </h2>
        <p role="status">
          {mercadoPago.configured
            ? `Conta configurada (access token terminado em ${mercadoPago.accessTokenHint}). Os pagamentos vão para ela.`
            : 'Sem conta configurada: a vitrine usa o pagamento de teste, sem dinheiro de verdade.'}
        </p>
        <div className="flex flex-col gap-1">
          <label htmlFor="webhook-url" className="font-medium">
            URL do webhook (cole em Suas integrações → Webhooks, evento “Pagamentos”)
          </label>
          <input
            id="webhook-url"
            readOnly
            value={notificationUrl(tenant.id)}
            className="rounded-lg border border-stone-300 bg-stone-50 px-3 py-2.5 font-mono text-sm"
          />
        </div>
        <MercadoPagoForm action={saveMercadoPagoAction} slug={slug} configured={mercadoPago.configured} />
      </section>
    </div>
  );
}
