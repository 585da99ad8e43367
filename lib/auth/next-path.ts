/** Only same-site paths: a `next` of `//evil.example` or `https://…` would be an open redirect. */
export function safeNextPath(next: unknown, fallback = '/painel'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\'))
    return fallback;
  return next;
}
