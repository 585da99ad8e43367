import { expect, test } from '@playwright/test';

// The guard in lib/http/request-guard.ts is unit-tested; this proves Next runs it (proxy.ts) in the
// production build, on a page, a route handler and a path with a control character.
test('the built app answers every request through the proxy: security headers, a CSP nonce, 400 on control characters', async ({
  request,
}) => {
  for (const path of ['/pizzaria-demo', '/api/health']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
  const page = await request.get('/pizzaria-demo');
  const csp = page.headers()['content-security-policy'] ?? page.headers()['content-security-policy-report-only'];
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect((await request.get('/pizzaria-demo%01')).status()).toBe(400);
});
