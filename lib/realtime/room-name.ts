/**
 * Socket.IO room names, shared by the sidecar and the browser. Kept apart from protocol.ts so the
 * browser's realtime chunk does not carry the sidecar's zod schemas.
 */
export const roomName = {
  kds: (tenantId: string) => `tenant:${tenantId}:kds`,
  menu: (tenantId: string) => `tenant:${tenantId}:menu`,
  order: (orderId: string) => `order:${orderId}`,
};
