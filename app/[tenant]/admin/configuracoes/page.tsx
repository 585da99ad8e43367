import type { Metadata } from 'next';
import { InlineAction } from '@/components/admin/inline-action';
import { MercadoPagoForm } from '@/components/admin/mercado-pago-form';
import { SettingsForm } from '@/components/admin/settings-form';
import { listApiKeys } from '@/lib/api/keys';
import { requireMember, ROLES } from '@/lib/auth';
import { getMercadoPagoCredentialsStatus, notificationUrl } from '@/lib/payments';
import { createApiKeyAction, revokeApiKeyAction, saveMercadoPagoAction, saveSettingsAction } from './actions';
import { ApiKeyForm } from './api-key-form';

export const metadata: Metadata = { title: 'Configurações' };

type Props = { params: Promise<{ tenant: string }> };

export default async function SettingsPage({ params }: Props) {
  const { tenant: slug } = await params;
  const { tenant } = await requireMember(slug, ROLES.ownerOnly, `/${slug}/admin/configuracoes`);
  const when = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'short', timeStyle: 'short', timeZone: tenant.timezone });
  const [mercadoPago, apiKeys] = await Promise.all([
    getMercadoPagoCredentialsStatus(tenant.id),
    listApiKeys(tenant.id),
  ]);

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
      <section
        aria-labelledby="api-heading"
        className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
      >
        <h2 id="api-heading" className="text-lg font-semibold">
          Chaves de API
        </h2>
        <p>
          Para totens, apps próprios e parceiros de entrega usarem a API pública (<code>/api/v1</code>) com os pedaços
          desta pizzaria. Cada chave só vale aqui.
        </p>
        {apiKeys.length > 0 && (
          <ul className="flex flex-col divide-y divide-stone-200">
            {apiKeys.map((k) => (
              <li key={k.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
                <div className="flex flex-col text-sm">
                  <span className="font-medium">{k.name}</span>
                  <span className="font-mono">mpk_{k.prefix}_…</span>
                  <span>{k.scopes.join(', ')}</span>
                  <span className="text-stone-600">
                    Criada em {when.format(k.createdAt)} ·{' '}
                    {k.lastUsedAt ? `usada em ${when.format(k.lastUsedAt)}` : 'nunca usada'}
                  </span>
                  {k.revokedAt && (
                    <span className="font-medium text-tomato">Revogada em {when.format(k.revokedAt)}</span>
                  )}
                </div>
                {!k.revokedAt && (
                  <InlineAction
                    action={revokeApiKeyAction}
                    fields={{ tenant: slug, keyId: k.id }}
                    label="Revogar"
                    pendingLabel="Revogando…"
                    variant="danger"
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        <ApiKeyForm action={createApiKeyAction} slug={slug} />
      </section>
    </div>
  );
}
