import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 8;

/** argon2id with the library's defaults (its default algorithm). */
export function hashPassword(password: string) {
  return hash(password);
}

// Verified against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password.
const decoyHash = hash('meu-pedaco-decoy-password');

export async function verifyPassword(passwordHash: string | null, password: string) {
  try {
    return await verify(passwordHash ?? (await decoyHash), password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}
