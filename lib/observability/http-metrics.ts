import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Histogram } from 'prom-client';
import { METRICS_SERVER } from './metrics-server';
import { metricGroup } from './registry';
import { requestIdFrom, withRequest } from './request-context';

const httpMetrics = metricGroup('http', (registers) => ({
  duration: new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests served by the web process, by route template, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  }),
}));

type Route = { page: string; regex: RegExp };

/**
 * The app's route templates from the build's routes manifest (`/[tenant]/pedido/[code]`), in Next's
 * own matching order: static first, then dynamic from the most specific. A path no route
 * matches is `other`, so a scanner's random URLs never grow the label set.
 */
export function loadRoutes(dir = process.cwd()): Route[] {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, '.next', 'routes-manifest.json'), 'utf8')) as {
      staticRoutes?: { page: string; regex: string }[];
      dynamicRoutes?: { page: string; regex: string }[];
    };
    return [...(manifest.staticRoutes ?? []), ...(manifest.dynamicRoutes ?? [])].map((r) => ({
      page: r.page,
      regex: new RegExp(r.regex),
    }));
  } catch {
    return [];
  }
}

export function routeOf(url: string, routes: Route[]): string {
  const path = url.split('?')[0] ?? '/';
  if (path.startsWith('/_next/static/')) return '/_next/static';
  if (path.startsWith('/_next/')) return '/_next';
  return routes.find((r) => r.regex.test(path))?.page ?? 'other';
}

/** The pizzeria's slug when the route has one: `/[tenant]/…` and `/api/t/[tenant]/…`. */
function tenantOf(url: string, route: string) {
  const parts = (url.split('?')[0] ?? '').split('/');
  if (route.startsWith('/[tenant]')) return parts[1];
  if (route.startsWith('/api/t/[tenant]')) return parts[3];
  return undefined;
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const INSTALLED = Symbol.for('meupedaco.httpMetrics');

/**
 * Times every request the web process's HTTP servers answer, and runs it inside its request
 * context (its X-Request-Id, echoed on the response, and the pizzeria its URL names). Next gives no
 * hook around a whole request with its route template, so this wraps the server's 'request' event
 * (as lib/http/peer-stamp.ts does) and names the route from the manifest. Installing twice is a no-op.
 */
export function installHttpMetrics(routes = loadRoutes()) {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const emit = proto.emit;
  proto.emit = function (this: http.Server & { [METRICS_SERVER]?: true }, event: string | symbol, ...args: unknown[]) {
    if (event === 'request' && !this[METRICS_SERVER]) {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      const stop = httpMetrics.duration.startTimer();
      const route = routeOf(req.url ?? '/', routes);
      res.once('close', () => {
        const method = METHODS.has(req.method ?? '') ? req.method! : 'OTHER';
        stop({ route, method, status: String(res.statusCode) });
      });
      // A caller's id is kept as sent (Mercado Pago signs its webhooks over it); a missing one is added.
      const sent = req.headers['x-request-id'];
      const requestId = requestIdFrom(sent);
      if (sent === undefined) req.headers['x-request-id'] = requestId;
      res.setHeader('x-request-id', requestId);
      return withRequest({ requestId, tenant: tenantOf(req.url ?? '/', route) }, () =>
        Reflect.apply(emit, this, [event, ...args]),
      );
    }
    return Reflect.apply(emit, this, [event, ...args]);
  } as typeof emit;
  proto[INSTALLED] = true;
}
