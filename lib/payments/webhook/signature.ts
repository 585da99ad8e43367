import { createHmac } from 'node:crypto';
import { InvalidWebhookSignatureError, WebhookSignatureValidator } from 'mercadopago';

/** Older than this (or this far ahead) and a signed notification is treated as a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

export type SignatureParts = { xSignature: string | null; xRequestId: string | null; dataId: string; secret: string };

/**
 * Mercado Pago's scheme: HMAC-SHA256 (hex) over `id:<data.id>;request-id:<x-request-id>;ts:<ts>;`,
 * in `x-signature: ts=<seconds>,v1=<hex>`. The SDK's validator compares in constant time.
 */
export function verifySignature(parts: SignatureParts, now = Date.now()): { ok: true } | { ok: false; reason: string } {
  try {
    WebhookSignatureValidator.validate({ ...parts, toleranceSeconds: SIGNATURE_TOLERANCE_SECONDS, now: () => now });
    return { ok: true };
  } catch (err) {
    if (err instanceof InvalidWebhookSignatureError) return { ok: false, reason: err.reason };
    throw err;
  }
}

/** The header Mercado Pago would send: used by the dev provider and the tests. */
export function signNotification(parts: { dataId: string; xRequestId: string; secret: string; ts?: number }) {
  const ts = parts.ts ?? Math.floor(Date.now() / 1000);
  const manifest = `id:${parts.dataId};request-id:${parts.xRequestId};ts:${ts};`;
  return `ts=${ts},v1=${createHmac('sha256', parts.secret).update(manifest).digest('hex')}`;
}
