# syntax=docker/dockerfile:1
# One image for every process of Meu Pedaço; the command picks which one runs:
#   web (default)  Next's standalone server on $PORT (3000)        health: GET /api/health
#   realtime       the Socket.IO sidecar on $REALTIME_PORT (3001)  health: GET /health
#   worker         pg-boss jobs (holds, stale pizzas, lapsed PIX)
#   migrate        applies db/migrations once and exits (run it before a release's web starts)
# e.g. `docker run --env-file prod.env meu-pedaco realtime`. Configuration comes only from the
# environment (README "Environment"); APP_SECRET and CREDENTIALS_KEY are required, and every
# command refuses to start without them. No secret is baked in: build arguments carry none.

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- dependencies, dev ones included: the build needs Next, TypeScript and esbuild
FROM ${NODE_IMAGE} AS deps
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund

# ---- build: Next's standalone output plus the bundled services (scripts/standalone.ts)
FROM ${NODE_IMAGE} AS build
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /src/node_modules ./node_modules
COPY . .
# No database at build time; lib/env.js validates fully when each process starts.
RUN SKIP_ENV_VALIDATION=1 npx next build && npx tsx scripts/standalone.ts

# ---- runtime: only the traced production files, as an unprivileged user
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    REALTIME_PORT=3001
WORKDIR /app
COPY --from=build --chown=node:node /src/.next/standalone ./
COPY --chmod=0755 infra/docker/entrypoint.sh /usr/local/bin/meu-pedaco
USER node
EXPOSE 3000 3001
# Checks whichever server this container runs; the worker and migrate have no port and pass.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["meu-pedaco", "healthcheck"]
# SIGTERM reaches node directly (exec in the entrypoint): each command shuts down gracefully.
STOPSIGNAL SIGTERM
ENTRYPOINT ["meu-pedaco"]
CMD ["web"]
