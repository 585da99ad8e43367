#!/usr/bin/env bash
# Every check in one pass: lint and formatting (Biome, seconds), the lock's completeness, types, integration
# suites on real Postgres + Redis, the built app as a cluster behind nginx, then the built app in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
npx biome lint --error-on-warnings .
npx biome format .
node scripts/check-lock.mjs
npx tsc --noEmit
npx vitest run
SKIP_ENV_VALIDATION=1 npx next build
# The same build as the container image runs it: gateway, 2 web, 2 realtime, worker (tests/cluster/run.ts).
npm run test:cluster
npx tsx e2e/prepare-db.ts
npx playwright test
