import * as Sentry from '@sentry/nextjs';
import type { Instrumentation } from 'next';
import { requestTags } from '@/lib/observability/sentry-tags';

export async function register() {
  // Written as a positive test so the bundler drops the Node-only module from the edge build.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { registerNode } = await import('./instrumentation-node');
    await registerNode();
  }
}

/** Sentry's own handler, inside a scope tagged with the request's id and pizzeria. */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) =>
  Sentry.withScope((scope) => {
    scope.setTags(requestTags(request, context));
    return Sentry.captureRequestError(error, request, context);
  });
