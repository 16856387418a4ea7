#!/usr/bin/env bash
# Installs everything tracehouse needs on a fresh Debian machine, and nothing twice:
#   - Debian packages: a Java 17+ runtime and Maven (the local Kafka broker), PostgreSQL, and
#     Chromium with a font (the web UI's browser tests and benchmark drive /usr/bin/chromium;
#     Playwright's own browser downloads are not used);
#   - npm dependencies (npm ci, re-run only when package-lock.json changed).
# The Kafka jars themselves are resolved by Maven on first start (tools/infra/src/kafka.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*" >&2; }

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  log "Node.js 20 or later is required (found: $(node --version 2>/dev/null || echo none))"
  exit 1
fi

missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
if [ -z "${DATABASE_URL:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then missing+=(postgresql); fi
# CHROMIUM_PATH names another browser binary. The font: without one, headless Chromium draws no glyphs and the UI screenshots show empty boxes.
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium fonts-dejavu-core); fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "missing packages: ${missing[*]} — install them with: sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

stamp=node_modules/.tracehouse-lock-hash
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  # Not `npm ci`: the registry these machines reach serves only this platform's builds of packages
  # like @swc/core, so the lock cannot list the other platforms' optional packages and `npm ci`
  # rejects it. `npm install --no-save` installs the locked versions and leaves the lock alone.
  log "installing npm dependencies (npm install from package-lock.json)"
  npm install --no-save --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
