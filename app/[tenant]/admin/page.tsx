import type { Metadata } from 'next';
import { requireMember, ROLES } from '@/lib/auth';

export const metadata: Metadata = { title: 'Hoje' };

type Props = { params: Promise<{ tenant: string }> };

export default async function TodayPage({ params }: Props) {
  const { tenant: slug } = await params;
  const member = await requireMember(slug, ROLES.staffAdmin, `/${slug}/admin`);
  return <h1 className="text-2xl font-bold">Hoje em {member.tenant.name}</h1>;
}
