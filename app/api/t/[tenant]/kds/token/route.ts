import { memberOrResponse, ROLES } from '@/lib/auth';
import { mintKdsToken } from '@/lib/realtime/kds-token';

export const dynamic = 'force-dynamic';

/** A short-lived pass to the tenant's kitchen room on the realtime sidecar, for a signed-in member. */
export async function POST(_request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { member, response } = await memberOrResponse((await params).tenant, ROLES.kitchen);
  if (response) return response;
  const token = await mintKdsToken({ userId: member.user.id, tenantId: member.tenant.id, role: member.role });
  return Response.json({ token }, { headers: { 'Cache-Control': 'no-store' } });
}
