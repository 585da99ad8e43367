import type { Metadata } from 'next';
import { signOutAction } from '@/app/entrar/actions';
import { KitchenDisplay } from '@/components/kds/kitchen-display';
import { requireMember, ROLES } from '@/lib/auth';
import { env } from '@/lib/env.js';
import { getKitchenBoard } from '@/lib/kitchen/board';
import { outboxPosition } from '@/lib/realtime/outbox-position';
import { moveOrderAction, openPizzaAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Cozinha' };

type Props = { params: Promise<{ tenant: string }> };

export default async function KitchenPage({ params }: Props) {
  const { tenant: slug } = await params;
  const member = await requireMember(slug, ROLES.kitchen, `/${slug}/kds`);
  const since = await outboxPosition();
  const board = await getKitchenBoard(member.tenant.id);
  return (
    <KitchenDisplay
      tenantSlug={slug}
      tenantId={member.tenant.id}
      tenantName={member.tenant.name}
      realtimeUrl={env.REALTIME_PUBLIC_URL}
      initialBoard={board}
      since={since}
      moveOrderAction={moveOrderAction}
      openPizzaAction={openPizzaAction}
      signOutAction={signOutAction}
    />
  );
}
