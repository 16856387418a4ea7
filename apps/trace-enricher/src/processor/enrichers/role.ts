import { attrInt, attrString, type Protocol, type RawSpan, type SpanRole } from '@tracehouse/model';
import type { Enricher } from '../registry';

/** Database systems that are caches (OpenTelemetry `db.system` values). */
const CACHE_SYSTEMS = new Set(['redis', 'memcached', 'hazelcast', 'ignite', 'coherence', 'geode', 'valkey', 'keydb', 'dragonfly']);

/** ENTRY for server and consumer spans, EXIT for client and producer spans, INTERNAL otherwise. */
export function roleOf(span: RawSpan): SpanRole {
  switch (span.kind) {
    case 'SERVER':
    case 'CONSUMER':
      return 'ENTRY';
    case 'CLIENT':
    case 'PRODUCER':
      return 'EXIT';
    default:
      return 'INTERNAL';
  }
}

/** Whether the span's HTTP call is over TLS: an `https` scheme or URL, or port 443. */
function isHttps(span: RawSpan): boolean {
  const http = span.http;
  if (!http) return false;
  if (http.scheme?.toLowerCase() === 'https') return true;
  if (http.url && /^https:/i.test(http.url)) return true;
  return http.port === 443 || (span.kind === 'CLIENT' && http.port === undefined && span.peer?.port === 443);
}

/** The gRPC status attribute: its presence alone says gRPC. */
export const GRPC_STATUS_KEY = 'rpc.grpc.status_code';
const DB_STATEMENT_KEYS = ['db.statement', 'db.query.text'] as const;
/** Every span attribute the role enricher reads (the trace-enricher decodes only declared ones). */
export const ROLE_ATTRIBUTE_KEYS = [GRPC_STATUS_KEY, ...DB_STATEMENT_KEYS] as const;

/**
 * The protocol of a span's call, from the normalizer's first-class groups: RPC before HTTP (gRPC
 * runs over HTTP/2 and some tracers tag both), then databases and caches, messaging, HTTP(S).
 * `UNKNOWN` when nothing tells.
 */
export function protocolOf(span: RawSpan): Protocol {
  const rpcSystem = span.rpc?.system?.toLowerCase();
  if (rpcSystem) return rpcSystem === 'grpc' ? 'GRPC' : 'RPC';
  if (attrInt(span.attributes, GRPC_STATUS_KEY) !== undefined) return 'GRPC';
  const dbSystem = span.db?.system?.toLowerCase();
  if (dbSystem) return CACHE_SYSTEMS.has(dbSystem) ? 'CACHE' : 'DB';
  if (span.messaging?.system || span.messaging?.destination || span.kind === 'PRODUCER' || span.kind === 'CONSUMER') return 'MESSAGING';
  const http = span.http;
  if (http && (http.method || http.url || http.route || http.path || http.statusCode !== undefined || http.host)) return isHttps(span) ? 'HTTPS' : 'HTTP';
  if (attrString(span.attributes, ...DB_STATEMENT_KEYS)) return 'DB';
  return 'UNKNOWN';
}

/** Span role and protocol of every span. */
export const roleEnricher: Enricher = {
  name: 'role',
  dependsOn: [],
  enrich(ctx) {
    for (let i = 0; i < ctx.spans.length; i++) {
      const e = ctx.enrichment[i];
      const span = ctx.spans[i];
      e.role = roleOf(span);
      e.protocol = protocolOf(span);
    }
  },
};
