import { memberOrResponse, ROLES } from '@/lib/auth';
import { getKitchenBoard } from '@/lib/kitchen/board';

export const dynamic = 'force-dynamic';

/** The kitchen board's data (react-query key `['kds', slug]`). */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { member, response } = await memberOrResponse((await params).tenant, ROLES.kitchen);
  if (response) return response;
  return Response.json(await getKitchenBoard(member.tenant.id), { headers: { 'Cache-Control': 'no-store' } });
}
