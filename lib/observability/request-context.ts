import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What follows one request (or one worker job run) through every await: its id, and the
 * pizzeria's slug when the URL names one. Log lines (log.ts), outbox events (lib/outbox/write.ts)
 * and Sentry events (instrumentation-node.ts) read it from here.
 */
export type RequestContext = { requestId: string; tenant?: string };

const globalForContext = globalThis as unknown as { meuPedacoRequestContext?: AsyncLocalStorage<RequestContext> };
// One store for all of Next's module graphs, like the metrics registry.
globalForContext.meuPedacoRequestContext ??= new AsyncLocalStorage<RequestContext>();
const storage = globalForContext.meuPedacoRequestContext;

export const currentRequest = (): RequestContext | undefined => storage.getStore();

/** An id the caller sent (the gateway's X-Request-Id) if it looks like one, else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{8,128}$/.test(value) ? value : randomUUID();
}

export const withRequest = <T>(context: RequestContext, run: () => T): T => storage.run(context, run);
