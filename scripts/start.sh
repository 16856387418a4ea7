#!/usr/bin/env bash
# Starts the whole pipeline on the embedded defaults: a local Kafka broker (KRaft), a local
# PostgreSQL, and every app, each as its own process; ClickHouse is embedded (chdb) in the
# view-generator. KAFKA_BROKERS, DATABASE_URL or CLICKHOUSE_URL point at existing servers instead.
# Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node tools/build.mjs >/dev/null
exec node dist/tools/infra/src/cli.js start "$@"
