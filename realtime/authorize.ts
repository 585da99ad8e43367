import { isValidOrderAccessToken } from '@/lib/orders/access-token';
import { verifyKdsToken } from '@/lib/realtime/kds-token';
import type { SubscribeRequest } from '@/lib/realtime/protocol';

/** Admitted to a room, until a moment (ms) when the credentials lapse, or for as long as connected. */
export type Admission = { until: number | null };

/** Whether the request's credentials open its room (null: refused). The menu is public. */
export async function admit(request: SubscribeRequest): Promise<Admission | null> {
  switch (request.room) {
    case 'menu':
      return { until: null };
    case 'order':
      return isValidOrderAccessToken(request.orderId, request.token) ? { until: null } : null;
    case 'kds': {
      const member = await verifyKdsToken(request.token);
      return member !== null && member.tenantId === request.tenantId ? { until: member.expiresAt } : null;
    }
  }
}
