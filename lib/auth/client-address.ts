/** The caller's IP as the proxy in front of the app reports it; the key for per-address limits. */
export function clientAddress(headers: Headers) {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown';
}
