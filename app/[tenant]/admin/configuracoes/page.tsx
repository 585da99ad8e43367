import type { Metadata } from 'next';
import { SettingsForm } from '@/components/admin/settings-form';
import { requireMember, ROLES } from '@/lib/auth';
import { saveSettingsAction } from './actions';

export const metadata: Metadata = { title: 'Configurações' };

type Props = { params: Promise<{ tenant: string }> };

export default async function SettingsPage({ params }: Props) {
  const { tenant: slug } = await params;
  const { tenant } = await requireMember(slug, ROLES.ownerOnly, `/${slug}/admin/configuracoes`);

  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-2xl font-bold">Configurações</h1>
      <section aria-labelledby="shop-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <h2 id="shop-heading" className="mb-4 text-lg font-semibold">
          Funcionamento
        </h2>
        <SettingsForm action={saveSettingsAction} slug={slug} settings={{ isOpen: tenant.isOpen, holdSeconds: tenant.holdSeconds, freshnessHours: tenant.freshnessHours }} />
      </section>
    </div>
  );
}
