import { createHmac } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { env } from '@/lib/env.js';

/** Roles that see the kitchen board. */
export const KDS_ROLES = ['owner', 'manager', 'kitchen'] as const;
export type KdsRole = (typeof KDS_ROLES)[number];

const AUDIENCE = 'meu-pedaco:realtime:kds';
const TTL_SECONDS = 5 * 60;

// A key of its own, derived from the app secret, so a realtime token can never pass for
// anything else signed with APP_SECRET (order links, sessions). Derived on use: `next build`
// loads this module with no secret.
const key = () => createHmac('sha256', env.APP_SECRET).update('realtime-kds-token').digest();

const claimsSchema = z.object({ sub: z.uuid(), tid: z.uuid(), role: z.enum(KDS_ROLES) });

/** Short-lived pass to a tenant's kitchen room; mint it only for a member the caller has checked. */
export async function mintKdsToken(
  input: { userId: string; tenantId: string; role: KdsRole },
  ttlSeconds = TTL_SECONDS,
) {
  return new SignJWT({ tid: input.tenantId, role: input.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(input.userId)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(key());
}

/** The member the token was minted for and when it lapses (ms), or null if it is forged, expired or malformed. */
export async function verifyKdsToken(token: string) {
  try {
    const { payload } = await jwtVerify(token, key(), { audience: AUDIENCE, algorithms: ['HS256'] });
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success || payload.exp === undefined) return null;
    return {
      userId: claims.data.sub,
      tenantId: claims.data.tid,
      role: claims.data.role,
      expiresAt: payload.exp * 1000,
    };
  } catch {
    return null;
  }
}
