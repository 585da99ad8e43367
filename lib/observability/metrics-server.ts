import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { log } from './log';
import { registerPoolGauges } from './pool-metrics';
import { registry } from './registry';

/** Marks the metrics listener so the HTTP histogram (http-metrics.ts) leaves Prometheus' own scrapes out. */
export const METRICS_SERVER = Symbol.for('meupedaco.metricsServer');

/**
 * `GET /metrics` of this process's registry on its own port: internal only (the gateway and the
 * ingress never route it), so it needs no auth and no app code path can shadow it.
 */
export async function serveMetrics(port: number, host?: string): Promise<{ server: Server; port: number }> {
  registerPoolGauges();
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await registry().metrics();
      res.writeHead(200, { 'content-type': registry().contentType, 'cache-control': 'no-store' }).end(body);
    } catch (err) {
      log.error({ err }, 'metrics collection failed');
      res.writeHead(500).end();
    }
  });
  Object.assign(server, { [METRICS_SERVER]: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  server.unref();
  const bound = (server.address() as AddressInfo).port;
  log.info({ port: bound }, 'metrics listening');
  return { server, port: bound };
}
