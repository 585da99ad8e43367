#!/usr/bin/env bash
# Every test in one pass: integration suites on real Postgres + Redis, then e2e in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
npx vitest run
