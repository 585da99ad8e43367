import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Counter } from 'prom-client';
import { afterAll, describe, expect, it } from 'vitest';
import { installHttpMetrics, loadRoutes, routeOf } from '@/lib/observability/http-metrics';
import { serveMetrics } from '@/lib/observability/metrics-server';
import { metricGroup, setMetricsEnabled } from '@/lib/observability/registry';

const probe = metricGroup('test-probe', (registers) => ({
  hits: new Counter({ name: 'test_probe_hits_total', help: 'test', labelNames: ['where'] as const, registers }),
}));

const served = await serveMetrics(0, '127.0.0.1');
afterAll(() => served.server.close());
const scrape = () => fetch(`http://127.0.0.1:${served.port}/metrics`);

describe('the metrics port', () => {
  it('serves the process registry in the Prometheus text format, and nothing else', async () => {
    probe.hits.inc({ where: 'here' });
    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('test_probe_hits_total{where="here"} 1');
    expect(text).toContain('process_cpu_seconds_total');
    expect((await fetch(`http://127.0.0.1:${served.port}/`)).status).toBe(404);
  });

  it('one registry for every module copy: a group asked for twice is the same object', () => {
    const again = metricGroup<typeof probe>('test-probe', () => {
      throw new Error('made twice');
    });
    expect(again.hits).toBe(probe.hits);
  });

  it('recording stops while metrics are switched off, and resumes', async () => {
    setMetricsEnabled(false);
    probe.hits.inc({ where: 'off' });
    probe.hits.labels({ where: 'off' }).inc();
    setMetricsEnabled(true);
    expect(await (await scrape()).text()).not.toContain('where="off"');
  });
});

describe('request timing', () => {
  it('names a request by its route template from the build manifest, never by its path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'routes-'));
    await mkdir(join(dir, '.next'));
    await writeFile(
      join(dir, '.next', 'routes-manifest.json'),
      JSON.stringify({
        staticRoutes: [{ page: '/api/health', regex: '^/api/health(?:/)?$' }],
        dynamicRoutes: [
          { page: '/[tenant]/pedido/[code]', regex: '^/([^/]+?)/pedido/([^/]+?)(?:/)?$' },
          { page: '/[tenant]', regex: '^/([^/]+?)(?:/)?$' },
        ],
      }),
    );
    const routes = loadRoutes(dir);
    expect(routeOf('/api/health', routes)).toBe('/api/health');
    expect(routeOf('/pizzaria-demo/pedido/AB12?t=x', routes)).toBe('/[tenant]/pedido/[code]');
    expect(routeOf('/pizzaria-demo', routes)).toBe('/[tenant]');
    expect(routeOf('/_next/static/chunks/a.js', routes)).toBe('/_next/static');
    expect(routeOf('/wp-admin/setup.php', routes)).toBe('other');

    installHttpMetrics(routes);
    const app = createServer((_req, res) => res.writeHead(418).end()).listen(0, '127.0.0.1');
    await new Promise((r) => app.once('listening', r));
    const { port } = app.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/pizzaria-demo/pedido/ZZ99`);
    app.close();
    const text = await (await scrape()).text();
    expect(text).toMatch(
      /http_request_duration_seconds_count\{route="\/\[tenant\]\/pedido\/\[code\]",method="GET",status="418"\} 1/,
    );
    // Prometheus' own scrapes of the metrics port are not app traffic.
    expect(text).not.toContain('route="other"');
  });
});
