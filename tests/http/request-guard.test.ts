import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { guardRequest } from '@/lib/http/request-guard';

const guard = (path: string, headers: Record<string, string> = {}) =>
  guardRequest(new NextRequest(`http://localhost:3000${path}`, { headers }));

describe('request guard (proxy)', () => {
  it('refuses URLs whose segments hold control characters or broken escapes with a pt-BR 400', async () => {
    for (const path of ['/a%00b', '/api/t/a%00b/menu', '/x%1b/kds', '/%E0%A4%A', '/pedido/%7F']) {
      const response = guard(path);
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).toContain('Endereço inválido.');
    }
  });

  it('lets ordinary paths through with the security headers and a fresh nonce per request', () => {
    const [a, b] = [guard('/pizzaria-demo'), guard('/pizzaria-demo')];
    expect(a.status).toBe(200);
    expect(a.headers.get('x-middleware-next')).toBe('1');
    const csp = a.headers.get('content-security-policy-report-only')!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toBe(b.headers.get('content-security-policy-report-only'));
    // Next reads the nonce from the forwarded request header.
    expect(a.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(a.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(a.headers.get('x-content-type-options')).toBe('nosniff');
    expect(a.headers.get('x-frame-options')).toBe('DENY');
    expect(a.headers.get('permissions-policy')).toContain('camera=()');
    // HSTS only in production, over https.
    expect(a.headers.get('strict-transport-security')).toBeNull();
  });
});
