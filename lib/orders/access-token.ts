import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env.js';

// The order page link carries this token: derived from the order id with the app secret, so it
// needs no storage, cannot be guessed from the id or the short code, and the realtime sidecar
// can check it with the same secret.
function sign(orderId: string): Buffer {
  return createHmac('sha256', env.APP_SECRET).update(`order-access:${orderId}`).digest().subarray(0, 18);
}

export function orderAccessToken(orderId: string): string {
  return sign(orderId).toString('base64url');
}

export function isValidOrderAccessToken(orderId: string, token: string): boolean {
  const given = Buffer.from(token, 'base64url');
  const expected = sign(orderId);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
