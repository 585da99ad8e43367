import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { env } from '@/lib/env.js';

const VERSION = 'v1';

export class CredentialsDecryptError extends Error {
  constructor() {
    super('stored payment credentials cannot be decrypted: CREDENTIALS_KEY differs from the one that encrypted them');
    this.name = 'CredentialsDecryptError';
  }
}

export const credentialsKey = () => Buffer.from(env.CREDENTIALS_KEY, 'base64');

/**
 * AES-256-GCM with a fresh 12-byte IV. `context` (tenant and field) is bound as associated
 * data, so a ciphertext copied onto another tenant's row or field does not decrypt.
 */
export function encryptSecret(plain: string, context: string, key = credentialsKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function decryptSecret(stored: string, context: string, key = credentialsKey()): string {
  const [version, iv, tag, body] = stored.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new CredentialsDecryptError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new CredentialsDecryptError();
  }
}
