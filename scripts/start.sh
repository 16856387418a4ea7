#!/usr/bin/env bash
# Starts the whole pipeline on the embedded defaults: a local Kafka broker (KRaft), a local
# PostgreSQL, and every app, each as its own process; ClickHouse is embedded (chdb) in the
# view-generator. KAFKA_BROKERS, DATABASE_URL or CLICKHOUSE_URL point at existing servers instead.
# Whatever stops it (Ctrl-C, kill, a closed terminal, a broken output pipe, kill -9) stops everything
# it started; see "Starting and stopping" in the README.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node tools/build.mjs >/dev/null
exec node dist/tools/infra/src/cli.js start "$@"
