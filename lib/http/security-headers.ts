import { env } from '@/lib/env.js';

/** Browsers' features no page of ours uses; the camera stays off too (QR codes are shown, not read). */
const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
].join(', ');

/** `ws://` or `wss://` beside the sidecar's http(s) origin: Socket.IO uses both. */
function realtimeOrigins(publicUrl: string): string[] {
  const url = new URL(publicUrl);
  const ws = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return [url.origin, `${ws}//${url.host}`];
}

/**
 * The policy every page passes: scripts only with this response's nonce (Next puts it on its own
 * inline scripts when it finds it in the request's CSP header), and what they load from there
 * ('strict-dynamic'); no framing at all (admin and kitchen board included); no plugins; forms and
 * <base> only to ourselves. Inline styles stay allowed: React's style attributes need them.
 */
export function contentSecurityPolicy(nonce: string, options = { dev: env.NODE_ENV === 'development' }) {
  return [
    "default-src 'self'",
    // Next's development overlay and React refresh evaluate code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${realtimeOrigins(env.REALTIME_PUBLIC_URL).join(' ')}`,
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** Is this request https, here or at the proxy in front (which says so in X-Forwarded-Proto)? */
export const isHttps = (headers: Headers, url: string) =>
  headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' || url.startsWith('https:');

/** Headers for every response of the app, beside the CSP. */
export function securityHeaders(https: boolean): Record<string, string> {
  return {
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': PERMISSIONS_POLICY,
    // Only where it means something: a production answer over https (browsers ignore it on http).
    ...(env.NODE_ENV === 'production' && https
      ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' }
      : {}),
  };
}
