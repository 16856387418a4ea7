import { attrInt, attrString, type RawSpan, type SpanEnrichment } from '@tracehouse/model';
import type { Enricher } from '../registry';
import { endMs, startMs } from '../context';

/** Default ports, so `https://api.example.com` and `https://api.example.com:443` are one backend. */
const DEFAULT_PORTS: Readonly<Record<string, number>> = {
  http: 80,
  https: 443,
  postgresql: 5432,
  mysql: 3306,
  mariadb: 3306,
  mssql: 1433,
  oracle: 1521,
  db2: 50000,
  mongodb: 27017,
  redis: 6379,
  valkey: 6379,
  memcached: 11211,
  cassandra: 9042,
  elasticsearch: 9200,
  opensearch: 9200,
  couchbase: 8091,
  clickhouse: 9000,
  neo4j: 7687,
  kafka: 9092,
  rabbitmq: 5672,
  activemq: 61616,
  nats: 4222,
  pulsar: 6650,
};

/** A backend's identity: its protocol (a system such as `postgresql`, or `http`, `https`, `grpc`), host and port. */
export interface BackendIdentity {
  readonly protocol: string;
  readonly host: string;
  /** '' when neither the span nor the protocol tells. */
  readonly port: string;
}

function hostPortOfUrl(url: string | undefined): { host?: string; port?: number } {
  if (!url) return {};
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]*)(?::(\d+))?/.exec(url);
  if (!m) return {};
  return { host: m[1] || undefined, port: m[2] ? Number(m[2]) : undefined };
}

/** Lowercase, no trailing dot: `API.Example.com.` and `api.example.com` are one host. */
const normalizeHost = (host: string): string => host.trim().toLowerCase().replace(/\.$/, '');

/** Attributes naming the peer's host and port, in order of preference (semantic conventions, old and new). */
const PEER_HOST_KEYS = ['server.address', 'net.peer.name', 'net.sock.peer.addr'] as const;
const PEER_PORT_KEYS = ['server.port', 'net.peer.port'] as const;
const DB_CONNECTION_KEY = 'db.connection_string';
/** Every span attribute the backend enricher reads (the trace-enricher decodes only declared ones). */
export const BACKEND_ATTRIBUTE_KEYS = [...PEER_HOST_KEYS, ...PEER_PORT_KEYS, DB_CONNECTION_KEY] as const;

/**
 * The backend an exit span calls, or undefined when the span does not say where it went. Host and
 * port come from the protocol's own fields first (the URL of an HTTP call, the connection of a
 * database call), then from the peer (`server.address`/`net.peer.name`, `peer.service`); a
 * missing port becomes the protocol's default.
 */
export function backendOf(span: RawSpan, e: SpanEnrichment): BackendIdentity | undefined {
  const peer = span.peer;
  const peerHost = peer?.address || attrString(span.attributes, ...PEER_HOST_KEYS) || peer?.service;
  const peerPort = peer?.port ?? attrInt(span.attributes, ...PEER_PORT_KEYS);
  let protocol: string;
  let host: string | undefined;
  let port: number | undefined;
  switch (e.protocol) {
    case 'HTTP':
    case 'HTTPS': {
      protocol = e.protocol === 'HTTPS' ? 'https' : 'http';
      const fromUrl = hostPortOfUrl(span.http?.url);
      host = span.http?.host || fromUrl.host || peerHost;
      port = span.http?.port ?? fromUrl.port ?? peerPort;
      break;
    }
    case 'GRPC':
    case 'RPC':
      protocol = e.protocol === 'GRPC' ? 'grpc' : (span.rpc?.system?.toLowerCase() ?? 'rpc');
      host = peerHost || span.http?.host;
      port = peerPort ?? span.http?.port;
      break;
    case 'DB':
    case 'CACHE': {
      protocol = span.db?.system?.toLowerCase() || (e.protocol === 'CACHE' ? 'cache' : 'db');
      const fromUrl = hostPortOfUrl(attrString(span.attributes, DB_CONNECTION_KEY));
      // Embedded databases (sqlite, h2) have no host: the database name tells them apart.
      host = peerHost || fromUrl.host || span.db?.name;
      port = peerPort ?? fromUrl.port;
      break;
    }
    case 'MESSAGING':
      protocol = span.messaging?.system?.toLowerCase() || 'messaging';
      // Many messaging clients do not record the broker address: then all calls to that system
      // of the tenant are one backend, named by the system alone.
      host = peerHost || '';
      port = peerPort;
      break;
    default:
      if (!peerHost) return undefined;
      protocol = 'unknown';
      host = peerHost;
      port = peerPort;
  }
  if (host === undefined || (host === '' && e.protocol !== 'MESSAGING')) return undefined;
  const resolvedPort = port ?? (host ? DEFAULT_PORTS[protocol] : undefined);
  return { protocol, host: normalizeHost(host), port: resolvedPort === undefined ? '' : String(resolvedPort) };
}

/**
 * The display name of a backend: `postgresql://orders-db:5432`, `https://api.stripe.com`, `kafka`.
 * Like a URL, HTTP(S) names leave out their default port; other protocols always show theirs.
 */
export function backendName(b: BackendIdentity): string {
  if (!b.host) return b.protocol;
  const host = b.host.includes(':') && !b.host.startsWith('[') ? `[${b.host}]` : b.host;
  const showPort = b.port !== '' && !((b.protocol === 'http' && b.port === '80') || (b.protocol === 'https' && b.port === '443'));
  return `${b.protocol}://${host}${showPort ? `:${b.port}` : ''}`;
}

/**
 * A BACKEND entity (identified by `{protocol, host, port}`) for every API exit that leaves the
 * traced system: databases, caches, message brokers, and HTTP/gRPC endpoints. An HTTP or RPC exit
 * whose callee's entry span is in the trace calls a traced service — an edge to that service, not a
 * backend. A message producer always calls its broker, even when the consumer is traced too.
 */
export const backendEnricher: Enricher = {
  name: 'backend',
  dependsOn: ['boundary'],
  enrich(ctx) {
    const { enrichment: en } = ctx;
    for (let i = 0; i < en.length; i++) {
      const e = en[i];
      if (!e.apiExit) continue;
      const callsTracedService = ctx.calleeEntry[i] >= 0 && e.protocol !== 'DB' && e.protocol !== 'CACHE' && e.protocol !== 'MESSAGING';
      if (callsTracedService) continue;
      const span = ctx.spans[i];
      const backend = backendOf(span, e);
      if (!backend) continue;
      const name = backendName(backend);
      e.backendId = ctx.entities.add(ctx.tenant, 'BACKEND', { protocol: backend.protocol, host: backend.host, port: backend.port }, name, { type: backend.protocol }, startMs(span), endMs(span));
      e.backendName = name;
      e.backendType = backend.protocol;
    }
  },
};
