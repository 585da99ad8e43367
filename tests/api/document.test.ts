import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { GET as getDocument } from '@/app/api/v1/openapi.json/route';
import { GET as getReference } from '@/app/api/v1/docs/route';
import { GET as getAsset } from '@/app/api/v1/docs/[asset]/route';
import { appFiles } from '../admin/app-files';
import { checkAgainstDocument } from './contract';

const UNDOCUMENTED = new Set(['api/v1/openapi.json/route.ts', 'api/v1/docs/route.ts', 'api/v1/docs/[asset]/route.ts']);

describe('the OpenAPI document', () => {
  it('is served at /api/v1/openapi.json and validates as OpenAPI 3.1', async () => {
    const response = getDocument();
    expect(response.status).toBe(200);
    const document = await response.json();
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every route handler under app/api/v1, method by method, and nothing else', async () => {
    const document = await getDocument().json();
    const fromDisk: string[] = [];
    for (const route of appFiles('route').filter((f) => f.path.startsWith('api/v1/') && !UNDOCUMENTED.has(f.path))) {
      const template = route.path.slice('api/v1'.length, -'/route.ts'.length).replace(/\[(\w+)\]/g, '{$1}');
      const methods = Object.keys(await import(route.file)).filter((m) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(m));
      for (const method of methods) fromDisk.push(`${method} ${template}`);
    }
    const documented = Object.entries(document.paths as Record<string, object>).flatMap(([template, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${template}`),
    );
    expect(fromDisk.sort()).toEqual(documented.sort());
  });

  it('catches an answer that strays from it: an undocumented status, a wrong type, a missing field', async () => {
    const menu = { isOpen: true, flavors: [] };
    await expect(checkAgainstDocument('GET', '/menu', Response.json(menu))).resolves.toMatchObject({ status: 200 });
    await expect(checkAgainstDocument('GET', '/menu', Response.json(menu, { status: 418 }))).rejects.toThrow(
      /status 418/,
    );
    await expect(checkAgainstDocument('GET', '/menu', Response.json({ isOpen: 'yes', flavors: [] }))).rejects.toThrow(
      /matches the document/,
    );
    await expect(checkAgainstDocument('GET', '/menu', Response.json({ flavors: [] }))).rejects.toThrow(/matches/);
    const problem = new Response('{}', { status: 401, headers: { 'content-type': 'application/json' } });
    await expect(checkAgainstDocument('GET', '/menu', problem)).rejects.toThrow(/content type/);
  });

  it('has a reference page that loads the renderer from our own origin, with the request nonce', async () => {
    const page = getReference(
      new Request('http://localhost/api/v1/docs', { headers: { 'x-nonce': 'bm9uY2Utbm9uY2Utbm9uY2U=' } }),
    );
    const html = await page.text();
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('<script nonce="bm9uY2Utbm9uY2Utbm9uY2U=" src="/api/v1/docs/swagger-ui-bundle.js">');
    expect(html).toContain("url: '/api/v1/openapi.json'");
    expect(html).not.toMatch(/https?:\/\//);
    const hostile = await getReference(
      new Request('http://localhost/api/v1/docs', { headers: { 'x-nonce': '"><script>alert(1)</script>' } }),
    ).text();
    expect(hostile).not.toContain('alert(1)');
    const bundle = await getAsset(new Request('http://localhost/'), {
      params: Promise.resolve({ asset: 'swagger-ui-bundle.js' }),
    });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/^text\/javascript/);
    const other = await getAsset(new Request('http://localhost/'), {
      params: Promise.resolve({ asset: '../../package.json' }),
    });
    expect(other.status).toBe(404);
  });
});
