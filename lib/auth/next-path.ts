import { hasControlChars } from '@/lib/validation/text';

const PROBE = 'https://same-origin.invalid';

/**
 * Where to go after sign-in: only a path on this site. The candidate is read the way a browser
 * reads it (WHATWG URL: tabs and newlines dropped, `\` taken as `/`), and refused if that lands on
 * another origin; control characters and backslashes are refused outright, and the answer is the
 * parser's own serialisation, so what the browser follows is what was checked.
 */
export function safeNextPath(next: unknown, fallback = '/painel'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.length > 2048) return fallback;
  if (hasControlChars(next) || next.includes('\\')) return fallback;
  let url: URL;
  try {
    url = new URL(next, PROBE);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/.//host` serialises to `//host`, which a browser reads as another origin.
  return path.startsWith('//') ? fallback : path;
}
