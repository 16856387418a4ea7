import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger, Metrics } from '@tracehouse/observability';
import { resolveTenant, type TenancyRules } from '@tracehouse/tenancy';
import { tlsServerOptions, verifiedPeerCertificate, type TlsMaterial } from '@tracehouse/tls';
import { QueryInputError } from './params';
import type { EntityQueries, LogQueries, ReadTraceSearch, TraceQueries } from './ports';
import { registerApiV3Routes } from './routes/api-v3';
import { mapBounded, NS_PER_MS, QueryHttpError, type RouteContext } from './routes/context';
import { registerJaegerRoutes } from './routes/jaeger';
import { registerLogRoutes } from './routes/logs';
import { registerTracehouseRoutes } from './routes/tracehouse';
import { isNonUiPath, registerUiRoutes } from './routes/ui-assets';
import { registerZipkinRoutes } from './routes/zipkin';
import type { StoredTrace } from './shapes';

export { QueryHttpError } from './routes/context';

/** Options of {@link createQueryServer}. */
export interface QueryServerOptions {
  /** The trace reads (trace-store's TraceReader). */
  readonly traces: TraceQueries;
  /** The entity reads (entity-store's EntityStore); without one the entity endpoints answer 503. */
  readonly entities?: EntityQueries;
  /** The log reads (trace-store's LogsReader): the Loki API subset and /api/logs; without them those answer 501. */
  readonly logs?: LogQueries;
  /** How a request's tenant is found (the same rules as the collector's). */
  readonly tenancy: TenancyRules;
  readonly logger?: Logger;
  readonly metrics?: Metrics;
  /** The current time in ns since the epoch (tests fix it). */
  readonly now?: () => bigint;
  /** Traces fetched at once when a search returns whole traces (default 4). */
  readonly traceFetchConcurrency?: number;
  /**
   * The built web UI (index.html and hashed assets; the apps pass dist/apps/ui/public), served at
   * `/` without tenancy. Without it no UI route exists; when the folder is missing, `/` says how
   * to build the UI.
   */
  readonly uiDir?: string;
  /** Serve HTTPS with this certificate (and, with a client CA, mTLS); {@link QueryApi} keeps it current. */
  readonly tls?: TlsMaterial;
}

type Family = 'jaeger' | 'v3' | 'zipkin' | 'loki';

function familyOf(url: string): Family {
  if (url.startsWith('/loki/')) return 'loki';
  if (url.startsWith('/api/v3/')) return 'v3';
  if (url.startsWith('/api/v2/')) return 'zipkin';
  return 'jaeger';
}

/** Whether a request needs no tenant: public routes (the UI, its config), but never an API path. */
function isPublic(req: FastifyRequest): boolean {
  const config = req.routeOptions.config as { public?: boolean } | undefined;
  if (config?.public !== true) return false;
  return req.routeOptions.url === '/api/ui-config' || !isNonUiPath(req.url.split('?')[0] ?? '/');
}

/**
 * The query API as a Fastify instance (not listening yet): the Jaeger HTTP API (`/api/...`), Jaeger
 * api_v3 (`/api/v3/...`, OTLP/JSON), the Zipkin v2 read API (`/api/v2/...`), tracehouse's own
 * entity, RED-metric, service-graph and trace-analysis endpoints, and the web UI at `/` when
 * `uiDir` is given. Each family's routes live in routes/<family>.ts; this sets up what they share.
 * Every API request is scoped to the tenant its headers resolve to; bad input is answered 400 (404
 * for an unknown trace) in the error format of the API family it belongs to, naming the parameter.
 * README.md ("query API") documents every endpoint.
 */
export function createQueryServer(options: QueryServerOptions): FastifyInstance {
  const { traces, tenancy } = options;
  const now = options.now ?? (() => BigInt(Date.now()) * NS_PER_MS);
  const concurrency = options.traceFetchConcurrency ?? 4;
  const base = { logger: false, maxParamLength: 2048, routerOptions: { ignoreTrailingSlash: true } } as const;
  // Fastify types an HTTPS instance by its server type; routes and hooks are the same for both.
  const app = (options.tls ? Fastify({ ...base, https: tlsServerOptions(options.tls) }) : Fastify(base)) as unknown as FastifyInstance;
  const requests = options.metrics?.counter('query_requests_total', 'Query API requests, by route and HTTP status.', ['route', 'status']);
  const seconds = options.metrics?.histogram('query_request_duration_seconds', 'Query API request duration, by route.', ['route']);
  const tenants = new WeakMap<FastifyRequest, string>();

  app.addHook('onRequest', async (req) => {
    if (isPublic(req)) return;
    const resolved = resolveTenant(req.headers, tenancy, tenancy.clientCertificate ? verifiedPeerCertificate(req.raw.socket) : undefined);
    if (!resolved.ok) throw new QueryHttpError(resolved.reason === 'unauthorized' ? 401 : 400, resolved.message);
    tenants.set(req, resolved.tenant);
  });
  app.addHook('onResponse', async (req, reply) => {
    // An unknown API path reaches the UI's catch-all route; it is still "unmatched" for the metrics.
    const url = req.routeOptions.url;
    const route = url === undefined || (url === '/*' && isNonUiPath(req.url.split('?')[0] ?? '/')) ? 'unmatched' : url;
    requests?.inc({ route, status: String(reply.statusCode) });
    seconds?.observe({ route }, reply.elapsedTime / 1_000);
  });

  const tenantOf = (req: FastifyRequest): string => {
    const t = tenants.get(req);
    if (t === undefined) throw new QueryHttpError(500, 'the tenant of the request was not resolved');
    return t;
  };

  const sendError = (req: FastifyRequest, reply: FastifyReply, status: number, message: string): FastifyReply => {
    const family = familyOf(req.url);
    if (family === 'zipkin') return reply.code(status).type('text/plain; charset=utf-8').send(message);
    if (family === 'v3') return reply.code(status).send({ error: { httpCode: status, message } });
    // Loki's (Prometheus-style) error body; Grafana's Loki data source shows `message`.
    if (family === 'loki') return reply.code(status).send({ status: 'error', errorType: status < 500 ? 'bad_data' : 'internal', error: message, message });
    return reply.code(status).send({ data: null, total: 0, limit: 0, offset: 0, errors: [{ code: status, msg: message }] });
  };

  app.setErrorHandler((err: unknown, req, reply) => {
    if (err instanceof QueryInputError) return sendError(req, reply, err.status, err.message);
    if (err instanceof QueryHttpError) return sendError(req, reply, err.status, err.message);
    const e = err as { kind?: unknown; name?: unknown; message?: unknown; statusCode?: unknown; code?: unknown };
    // The reader's own validation (TraceQueryError, EntityValidationError): the caller's bad input.
    if (e?.kind === 'permanent' || e?.name === 'EntityValidationError') return sendError(req, reply, 400, String(e.message));
    // Fastify's own request errors (a malformed URL): 4xx with its message.
    if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) return sendError(req, reply, e.statusCode, String(e.message));
    if (e?.name === 'EntityStoreUnavailableError') return sendError(req, reply, 503, `The entity store is unavailable: ${String(e.message)}`);
    options.logger?.error({ err, url: req.url }, 'query failed');
    const unreachable = typeof e?.code === 'string' && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND)$/.test(e.code);
    return sendError(req, reply, unreachable ? 503 : 500, unreachable ? 'ClickHouse is unreachable; retry later.' : `The query failed: ${err instanceof Error ? err.message : String(err)}`);
  });
  const notFound = (req: FastifyRequest, reply: FastifyReply): FastifyReply =>
    sendError(req, reply, 404, `No endpoint ${req.method} ${req.url.split('?')[0]}; see the README's query API section.`);
  app.setNotFoundHandler(notFound);

  const fetchTraces = async (tenant: string, ids: readonly string[]): Promise<StoredTrace[]> => {
    const found = await mapBounded(ids, concurrency, (id) => traces.getTrace(tenant, id));
    return found.filter((t): t is NonNullable<typeof t> => t !== undefined && t.spans.length > 0);
  };

  const ctx: RouteContext = {
    traces,
    entities: options.entities,
    logs: options.logs,
    now,
    tenantOf,
    fetchTraces,
    searchAndFetch: async (tenant: string, search: ReadTraceSearch) => {
      const summaries = await traces.searchTraces(tenant, search);
      return fetchTraces(tenant, summaries.map((s) => s.traceId));
    },
    concurrency,
  };

  registerJaegerRoutes(app, ctx);
  registerApiV3Routes(app, ctx);
  registerZipkinRoutes(app, ctx);
  registerTracehouseRoutes(app, ctx, tenancy);
  registerLogRoutes(app, ctx);
  if (options.uiDir !== undefined) registerUiRoutes(app, options.uiDir, notFound);
  return app;
}
