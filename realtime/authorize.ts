import { isValidOrderAccessToken } from '@/lib/orders/access-token';
import { verifyKdsToken } from '@/lib/realtime/kds-token';
import type { SubscribeRequest } from '@/lib/realtime/protocol';

/** Whether the request's credentials open its room. The menu is public. */
export async function mayJoin(request: SubscribeRequest): Promise<boolean> {
  switch (request.room) {
    case 'menu':
      return true;
    case 'order':
      return isValidOrderAccessToken(request.orderId, request.token);
    case 'kds': {
      const member = await verifyKdsToken(request.token);
      return member !== null && member.tenantId === request.tenantId;
    }
  }
}
