#!/usr/bin/env bash
# Every check in one pass: lint and formatting (Biome, seconds), the lock's completeness, types, integration
# suites on real Postgres + Redis, then the built app in Chromium. (`npm run test:cluster` runs apart for now.)
set -euo pipefail
cd "$(dirname "$0")/.."
npx biome lint --error-on-warnings .
npx biome format .
node scripts/check-lock.mjs
npx tsc --noEmit
npx vitest run
SKIP_ENV_VALIDATION=1 npx next build
npx tsx e2e/prepare-db.ts
npx playwright test
