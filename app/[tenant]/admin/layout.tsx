import Link from 'next/link';
import type { ReactNode } from 'react';
import { signOutAction } from '@/app/entrar/actions';
import { AdminNav } from '@/components/admin/admin-nav';
import { ShopShortcuts } from '@/components/admin/shop-shortcuts';
import { TenantSwitcher } from '@/components/admin/tenant-switcher';
import { SignOutButton } from '@/components/sign-out-button';
import { listMembershipsOf, requireMember, ROLES } from '@/lib/auth';

type Props = { children: ReactNode; params: Promise<{ tenant: string }> };

// Each page checks its own access too: layouts and pages render in parallel, so a layout alone guards nothing.
export default async function AdminLayout({ children, params }: Props) {
  const { tenant: slug } = await params;
  const member = await requireMember(slug, ROLES.staffAdmin);
  const places = await listMembershipsOf(member.user.id);

  return (
    <div className="min-h-dvh">
      <header className="border-b border-stone-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <p className="text-xs font-semibold tracking-wide text-stone-500 uppercase">Painel</p>
            <p className="text-lg font-bold text-tomato">{member.tenant.name}</p>
            <ShopShortcuts slug={slug} />
          </div>
          <div className="flex items-center gap-4 text-sm">
            <TenantSwitcher current={slug} places={places} />
            <span className="hidden text-stone-600 md:inline">{member.user.name}</span>
            <Link
              href="/conta/senha"
              className="inline-flex min-h-11 items-center font-semibold text-stone-700 underline underline-offset-4 hover:text-tomato"
            >
              Trocar senha
            </Link>
            <SignOutButton action={signOutAction} />
          </div>
        </div>
        <AdminNav slug={slug} role={member.role} />
      </header>
      <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </div>
  );
}
