import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * `mpk_<prefix>_<secret>`: the prefix (12 lower-case letters and digits, also stored) finds the
 * row; the secret (32 random bytes, base64url) is only ever stored as its SHA-256.
 */
const KEY = /^mpk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function newKeyMaterial() {
  const prefix = Array.from(randomBytes(12), (b) => PREFIX_ALPHABET[b % PREFIX_ALPHABET.length]).join('');
  const secret = randomBytes(32).toString('base64url');
  return { prefix, secretHash: hashSecret(secret), key: `mpk_${prefix}_${secret}` };
}

/** The two halves of a presented key, or null when it cannot be one of ours. */
export function splitKey(presented: string): { prefix: string; secret: string } | null {
  const match = KEY.exec(presented);
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

/** Constant-time: how long the comparison takes says nothing about how much of the secret was right. */
export function secretMatches(secret: string, storedHash: string) {
  return timingSafeEqual(Buffer.from(hashSecret(secret), 'hex'), Buffer.from(storedHash, 'hex'));
}
