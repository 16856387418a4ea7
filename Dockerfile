# syntax=docker/dockerfile:1
# One image per app, all built from this file:
#   docker build --target collector -t tracehouse/collector .
# Targets: collector, span-normalizer, spans-grouper, trace-enricher, view-generator, query-service.
# Every image holds the same compiled workspace, so the topic-creation script
# (dist/tools/deploy/src/create-topics.js) is in each of them too.
#
# The images are linux/amd64: package-lock.json lists only the optional native packages
# (@swc/core, @chdb) of the platform it was made on. tools/deploy/src/*.int-spec.ts starts every app
# with this file's CMD and ENV, and runs its HEALTHCHECK.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: install everything, compile with SWC, then drop the dev dependencies ----------------
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
# `npm ci`, not the `npm install --no-save` of scripts/setup.sh: the development machines reach a
# registry that serves only their own platform's optional packages, so there `npm ci` rejects the
# lock; an image build reaches the full npm registry, where `npm ci` installs exactly the lock.
RUN npm ci --no-audit --no-fund --loglevel=error
COPY tsconfig.base.json .swcrc ./
COPY tools ./tools
COPY libs ./libs
COPY apps ./apps
RUN npm run build && npm prune --omit=dev --no-audit --no-fund --loglevel=error

# ---- runtime: the compiled workspace and production dependencies, owned by root, run as `node` ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
# The embedded ClickHouse engine (chdb, over 500 MB) is needed only by the view-generator; the other
# apps never load it (tools/deploy checks their compiled require graph, and starts them with chdb
# unresolvable). The query-service reads a ClickHouse server by URL and refuses to start without one:
# the trace store loads chdb lazily, for the embedded engine only.
FROM runtime AS runtime-slim
RUN rm -rf node_modules/chdb node_modules/@chdb
USER node

FROM runtime AS runtime-clickhouse
# Without CLICKHOUSE_URL the app embeds chdb, whose data must be on a writable path (not /app).
RUN mkdir -p /var/lib/tracehouse/clickhouse && chown -R node:node /var/lib/tracehouse
ENV CLICKHOUSE_DATA_PATH=/var/lib/tracehouse/clickhouse
USER node

# ---- one target per app ------------------------------------------------------------------------
# ADMIN_PORT is each app's default (libs/config/src/ports.ts) and tells the health check where to ask.
# The health check asks /readyz, so compose's `depends_on: condition: service_healthy` waits for a
# stage that can actually work, not just a running process.

FROM runtime-slim AS collector
ENV ADMIN_PORT=8081
EXPOSE 4317 4318 14250 14268 9411 6831/udp 6832/udp 8081
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/tools/deploy/src/healthcheck.js"]
CMD ["node", "--initial-old-space-size=128", "dist/apps/collector/src/main.js"]

FROM runtime-slim AS span-normalizer
ENV ADMIN_PORT=8082
EXPOSE 8082
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/tools/deploy/src/healthcheck.js"]
CMD ["node", "--initial-old-space-size=128", "dist/apps/span-normalizer/src/main.js"]

FROM runtime-slim AS spans-grouper
ENV ADMIN_PORT=8083
EXPOSE 8083
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/tools/deploy/src/healthcheck.js"]
CMD ["node", "dist/apps/spans-grouper/src/main.js"]

FROM runtime-slim AS trace-enricher
ENV ADMIN_PORT=8084
EXPOSE 8084
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/tools/deploy/src/healthcheck.js"]
CMD ["node", "--initial-old-space-size=128", "dist/apps/trace-enricher/src/main.js"]

FROM runtime-clickhouse AS view-generator
ENV ADMIN_PORT=8085
EXPOSE 8085
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/tools/deploy/src/healthcheck.js"]
CMD ["node", "--max-semi-space-size=32", "dist/apps/view-generator/src/main.js"]

# The query API (Jaeger HTTP API compatible). No chdb: it reads a ClickHouse server (CLICKHOUSE_URL,
# required); in the embedded default the view-generator serves the query API itself.
FROM runtime-slim AS query-service
ENV ADMIN_PORT=8086
EXPOSE 16686 8086
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/tools/deploy/src/healthcheck.js"]
CMD ["node", "dist/apps/query-service/src/main.js"]
