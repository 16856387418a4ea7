#!/usr/bin/env bash
# Runs every check CI runs, from a fresh clone: installs what is missing (scripts/setup.sh), then
# type-check, lint (with the Nx module boundaries), unit tests, and the integration and end-to-end
# tests, which start a real Kafka broker and PostgreSQL and use the real ClickHouse engine (chdb).
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE=true
bash scripts/setup.sh
step() { printf '\n== %s ==\n' "$*"; }
step "type-check"
npx tsc -p tsconfig.json --noEmit
npx tsc -p apps/ui/tsconfig.json --noEmit  # the browser bundle has its own tsconfig (DOM, Preact JSX)
step "lint"
npx nx show projects >/dev/null
npx eslint .
step "unit tests"
npx jest -c jest.config.js --ci
step "integration and end-to-end tests (real Kafka, PostgreSQL, ClickHouse engine)"
npx jest -c jest.int.config.js --ci
