/**
 * Who is asking, for rate limits: the first address the proxy saw. Behind no proxy (local
 * runs) every request shares one bucket, which only makes the limit stricter.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || 'local';
}
