import * as Sentry from '@sentry/nextjs';

export async function register() {
  // Written as a positive test so the bundler drops the Node-only module from the edge build.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { registerNode } = await import('./instrumentation-node');
    await registerNode();
  }
}

export const onRequestError = Sentry.captureRequestError;
