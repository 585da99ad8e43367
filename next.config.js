// Validates the environment at start: a bad or missing variable stops `next dev` / `next start` here.
import './lib/env.js';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The container image runs `.next/standalone` (see Dockerfile and scripts/standalone.ts).
  output: 'standalone',
  // Says nothing about what serves the app (lib/http/security-headers.ts sets the headers that do matter).
  poweredByHeader: false,
  // pino and @node-rs/argon2 are already on Next's own external list. Sentry's runtime hooks resolve
  // files next to their own module, so bundled they fail (and warn at every start). socket.io runs
  // in the app only under `npm run dev` (the in-process realtime sidecar) and loads ws' optional addons.
  // prom-client: one copy for every module graph (the registry itself is on globalThis, lib/observability).
  serverExternalPackages: ['postgres', '@sentry/server-runtime-injection', 'socket.io', 'prom-client'],
  // The API reference page serves Swagger UI's files from node_modules, read at request time.
  outputFileTracingIncludes: {
    '/api/v1/docs/[asset]': [
      './node_modules/swagger-ui-dist/swagger-ui-bundle.js',
      './node_modules/swagger-ui-dist/swagger-ui.css',
    ],
  },
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx when a signed-in member lacks the role.
    authInterrupts: true,
    // Flavor photos (up to 2 MB) arrive through a server action.
    serverActions: { bodySizeLimit: '3mb' },
  },
};

// Sentry's build plugin only uploads source maps and doubles build time, so it runs only when it can upload.
// Runtime error reporting needs just SENTRY_DSN (see instrumentation.ts).
async function withOptionalSentry(/** @type {import('next').NextConfig} */ config) {
  if (!process.env.SENTRY_AUTH_TOKEN) return config;
  const { withSentryConfig } = await import('@sentry/nextjs/config');
  return withSentryConfig(config, {
    org: process.env.SENTRY_ORG,
    project: process.env.SENTRY_PROJECT,
    authToken: process.env.SENTRY_AUTH_TOKEN,
    silent: !process.env.CI,
  });
}

export default await withOptionalSentry(nextConfig);
