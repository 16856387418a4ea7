// First-class fields from attributes, so that no stage after the normalizer reads raw attribute
// names. Each field lists the attribute keys it is read from, in priority order: the current
// OpenTelemetry semantic-convention name first, then the older names (semconv before v1.21/v1.26),
// then the Zipkin / Jaeger (OpenTracing) tag names the collector carries over. When several are
// present, the first in the list wins.
// Sources: https://opentelemetry.io/docs/specs/semconv/ (http, rpc, database, messaging, general
// attributes, exceptions) and its migration guides; OpenTracing semantic conventions (Jaeger);
// Zipkin's TraceKeys (brave, zipkin-js).
import { attrBool, attrInt, attrString, type Attributes, type DbInfo, type ErrorInfo, type HttpInfo, type MessagingInfo, type PeerInfo, type RpcInfo, type SpanEvent, type SpanKind, type StatusCode } from '@tracehouse/model';

/** The attribute keys each first-class field is read from, in priority order (current name first). */
export const FIELD_KEYS = {
  http: {
    method: ['http.request.method', 'http.method'],
    methodOriginal: ['http.request.method_original'],
    url: ['url.full', 'http.url'],
    scheme: ['url.scheme', 'http.scheme'],
    /** Server side: the Host header (current semconv puts it in server.address). */
    serverHost: ['server.address', 'http.host', 'net.host.name', 'http.server_name'],
    /** Client side: the host called. */
    clientHost: ['server.address', 'net.peer.name', 'http.host'],
    serverPort: ['server.port', 'net.host.port'],
    clientPort: ['server.port', 'net.peer.port'],
    path: ['url.path'],
    /** Path plus query (old semconv), split into path and query. */
    target: ['http.target'],
    /** Zipkin's path tag (brave, zipkin-js). */
    zipkinPath: ['http.path'],
    query: ['url.query'],
    route: ['http.route'],
    statusCode: ['http.response.status_code', 'http.status_code'],
    userAgent: ['user_agent.original', 'http.user_agent'],
    requestBodySize: ['http.request.body.size', 'http.request_content_length', 'http.request_content_length_uncompressed'],
    responseBodySize: ['http.response.body.size', 'http.response_content_length', 'http.response_content_length_uncompressed'],
  },
  rpc: {
    system: ['rpc.system'],
    service: ['rpc.service'],
    method: ['rpc.method'],
    /** Numbers, or gRPC / Connect code names (brave's `grpc.status_code` tag is a name). */
    statusCode: ['rpc.response.status_code', 'rpc.grpc.status_code', 'rpc.jsonrpc.error_code', 'rpc.connect_rpc.error_code', 'grpc.status_code'],
  },
  db: {
    system: ['db.system.name', 'db.system', 'db.type'],
    name: ['db.namespace', 'db.name', 'db.instance'],
    operation: ['db.operation.name', 'db.operation'],
    statement: ['db.query.text', 'db.statement'],
    table: ['db.collection.name', 'db.sql.table', 'db.mongodb.collection', 'db.cassandra.table', 'db.cosmosdb.container'],
  },
  messaging: {
    system: ['messaging.system'],
    destination: ['messaging.destination.name', 'messaging.destination', 'message_bus.destination', 'kafka.topic'],
    operation: ['messaging.operation.type', 'messaging.operation', 'messaging.operation.name'],
  },
  peer: {
    service: ['service.peer.name', 'peer.service'],
    /** The other side of a call this span makes (client, producer, internal). */
    outboundAddress: ['server.address', 'net.peer.name', 'peer.hostname', 'network.peer.address', 'net.sock.peer.addr', 'net.sock.peer.name', 'net.peer.ip', 'peer.ipv4', 'peer.ipv6', 'peer.address'],
    outboundPort: ['server.port', 'net.peer.port', 'peer.port', 'network.peer.port', 'net.sock.peer.port'],
    /** The caller of a call this span serves (server, consumer). */
    inboundAddress: ['client.address', 'http.client_ip', 'network.peer.address', 'net.sock.peer.addr', 'net.peer.ip', 'net.peer.name', 'peer.ipv4', 'peer.ipv6', 'peer.hostname'],
    inboundPort: ['client.port', 'network.peer.port', 'net.sock.peer.port', 'net.peer.port', 'peer.port'],
  },
  error: {
    /** Set only when the operation failed (current semconv). */
    type: ['error.type', 'exception.type', 'error.kind'],
    message: ['exception.message', 'error.message', 'otel.status_description'],
  },
} as const;

/** Options of {@link firstClassFields}. */
export interface FirstClassOptions {
  /** Longest `db.statement` kept in the first-class field, in characters. */
  readonly dbStatementMaxLength: number;
}

/** What the span knows besides its attributes. */
export interface SpanFacts {
  readonly kind: SpanKind;
  readonly statusCode: StatusCode;
  readonly statusMessage: string;
  readonly attributes: Attributes;
  readonly events: readonly SpanEvent[];
}

/** The first-class fields of one span; a group is absent when the span says nothing about it. */
export interface FirstClassFields {
  kind: SpanKind;
  http?: HttpInfo;
  rpc?: RpcInfo;
  db?: DbInfo;
  messaging?: MessagingInfo;
  peer?: PeerInfo;
  error: ErrorInfo;
}

const KINDS_BY_TAG: Readonly<Record<string, SpanKind>> = { client: 'CLIENT', server: 'SERVER', producer: 'PRODUCER', consumer: 'CONSUMER', internal: 'INTERNAL' };

/**
 * The span kind: OTLP's own, else the `span.kind` tag (OpenTracing / Zipkin: `client`, `server`,
 * `producer`, `consumer`) that a sender left as an attribute.
 */
export function spanKind(kind: SpanKind, attrs: Attributes): SpanKind {
  if (kind !== 'UNSPECIFIED') return kind;
  const tag = attrString(attrs, 'span.kind');
  return (tag !== undefined ? KINDS_BY_TAG[tag.toLowerCase()] : undefined) ?? kind;
}

const GROUP_HTTP = 1;
const GROUP_RPC = 2;
const GROUP_DB = 4;
const GROUP_MESSAGING = 8;

/**
 * Which field groups the attribute keys can feed, from their namespaces, in one pass: most spans
 * carry one group, and skipping the others saves most key lookups.
 */
function groupsPresent(attrs: Attributes): number {
  let groups = 0;
  for (const key in attrs) {
    switch (key.charCodeAt(0)) {
      case 104: // h
        if (key.startsWith('http.')) groups |= GROUP_HTTP;
        break;
      case 117: // u
        if (key.startsWith('url.')) groups |= GROUP_HTTP;
        break;
      case 114: // r
        if (key.startsWith('rpc.')) groups |= GROUP_RPC;
        break;
      case 103: // g
        if (key.startsWith('grpc.')) groups |= GROUP_RPC;
        break;
      case 100: // d
        if (key.startsWith('db.')) groups |= GROUP_DB;
        break;
      case 109: // m
        if (key.startsWith('messaging.') || key.startsWith('message_bus.')) groups |= GROUP_MESSAGING;
        break;
      case 107: // k
        if (key === 'kafka.topic') groups |= GROUP_MESSAGING;
        break;
    }
  }
  return groups;
}

/** Computes every first-class field of a span from its attributes, kind, status and events. */
export function firstClassFields(span: SpanFacts, options: FirstClassOptions): FirstClassFields {
  const attrs = span.attributes;
  const kind = spanKind(span.kind, attrs);
  const out: FirstClassFields = { kind, error: errorInfo(span) };
  const groups = groupsPresent(attrs);
  const http = groups & GROUP_HTTP ? httpInfo(attrs, kind) : undefined;
  if (http) out.http = http;
  const rpc = groups & GROUP_RPC ? rpcInfo(attrs) : undefined;
  if (rpc) out.rpc = rpc;
  const db = groups & GROUP_DB ? dbInfo(attrs, options.dbStatementMaxLength) : undefined;
  if (db) out.db = db;
  const messaging = groups & GROUP_MESSAGING ? messagingInfo(attrs) : undefined;
  if (messaging) out.messaging = messaging;
  const peer = peerInfo(attrs, kind, http);
  if (peer) out.peer = peer;
  return out;
}

const isInbound = (kind: SpanKind): boolean => kind === 'SERVER' || kind === 'CONSUMER';

const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443, ws: 80, wss: 443 };

/** Splits `host[:port]` (IPv6 in brackets) into its parts. */
function splitHostPort(value: string): { host: string; port?: number } {
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    if (end > 0) {
      const port = /^:(\d{1,5})$/.exec(value.slice(end + 1))?.[1];
      return port ? { host: value.slice(1, end), port: Number(port) } : { host: value.slice(1, end) };
    }
  }
  const colon = value.lastIndexOf(':');
  // More than one colon without brackets is a bare IPv6 address, not host:port.
  if (colon > 0 && value.indexOf(':') === colon && /^\d{1,5}$/.test(value.slice(colon + 1))) return { host: value.slice(0, colon), port: Number(value.slice(colon + 1)) };
  return { host: value };
}

/** scheme://[userinfo@]host[:port][path][?query][#fragment], host possibly a bracketed IPv6 address. */
const ABSOLUTE_URL = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(?:[^@/?#]*@)?(\[[^\]/?#]*\]|[^:/?#]*)(?::(\d{1,5}))?([^?#]*)(?:\?([^#]*))?/;

/**
 * The parts of an absolute URL, or undefined when it is not one. A regular expression rather than
 * WHATWG `URL`: it is on the hot path, and the path and query are kept as sent, not normalized.
 */
function parseUrl(url: string): { scheme: string; host: string; port?: number; path: string; query?: string } | undefined {
  const m = ABSOLUTE_URL.exec(url);
  if (!m || !m[2]) return undefined;
  const scheme = (m[1] as string).toLowerCase();
  const rawHost = m[2];
  const host = (rawHost.startsWith('[') ? rawHost.slice(1, -1) : rawHost).toLowerCase();
  const port = m[3] !== undefined ? Number(m[3]) : DEFAULT_PORTS[scheme];
  const query = m[5] !== undefined && m[5] !== '' ? m[5] : undefined;
  return { scheme, host, ...(port !== undefined ? { port } : {}), path: m[4] || '/', ...(query !== undefined ? { query } : {}) };
}

function set<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** HTTP fields; absent when no HTTP attribute is present. */
export function httpInfo(attrs: Attributes, kind: SpanKind): HttpInfo | undefined {
  const k = FIELD_KEYS.http;
  let method = attrString(attrs, ...k.method);
  // `_OTHER` means the method was not a known one; the original is kept beside it.
  if (method === '_OTHER') method = attrString(attrs, ...k.methodOriginal) ?? method;
  const rawUrl = attrString(attrs, ...k.url);
  const statusCode = attrInt(attrs, ...k.statusCode);
  const route = attrString(attrs, ...k.route);
  const target = attrString(attrs, ...k.target);
  const urlPath = attrString(attrs, ...k.path);
  const zipkinPath = attrString(attrs, ...k.zipkinPath);
  if (method === undefined && rawUrl === undefined && statusCode === undefined && route === undefined && target === undefined && urlPath === undefined && zipkinPath === undefined) {
    return undefined;
  }
  const parsed = rawUrl !== undefined ? parseUrl(rawUrl) : undefined;
  const inbound = isInbound(kind);
  const hostAttr = attrString(attrs, ...(inbound ? k.serverHost : k.clientHost));
  const hostParts = hostAttr !== undefined ? splitHostPort(hostAttr) : undefined;
  const scheme = attrString(attrs, ...k.scheme)?.toLowerCase() ?? parsed?.scheme;
  const host = hostParts?.host ?? parsed?.host;
  const port = attrInt(attrs, ...(inbound ? k.serverPort : k.clientPort)) ?? hostParts?.port ?? parsed?.port ?? (scheme !== undefined && host !== undefined ? DEFAULT_PORTS[scheme] : undefined);
  const targetQuery = target !== undefined && target.includes('?') ? target.slice(target.indexOf('?') + 1) : undefined;
  const targetPath = target !== undefined ? target.split('?', 1)[0] : undefined;
  const path = urlPath ?? (targetPath || undefined) ?? zipkinPath ?? parsed?.path;
  const query = attrString(attrs, ...k.query) ?? (targetQuery || undefined) ?? parsed?.query;

  let url = rawUrl;
  if (url === undefined && scheme !== undefined && host !== undefined && path !== undefined) {
    // Reconstructed as the collector's HTTP semantic conventions describe url.full.
    const hostPart = host.includes(':') ? `[${host}]` : host;
    const portPart = port !== undefined && port !== DEFAULT_PORTS[scheme] ? `:${port}` : '';
    url = `${scheme}://${hostPart}${portPart}${path}${query !== undefined ? `?${query}` : ''}`;
  }
  const http: HttpInfo = {};
  set(http, 'method', method?.toUpperCase());
  set(http, 'url', url);
  set(http, 'scheme', scheme);
  set(http, 'host', host);
  set(http, 'port', port);
  set(http, 'path', path);
  set(http, 'query', query);
  set(http, 'route', route);
  set(http, 'statusCode', statusCode);
  set(http, 'userAgent', attrString(attrs, ...k.userAgent));
  set(http, 'requestBodySize', attrInt(attrs, ...k.requestBodySize));
  set(http, 'responseBodySize', attrInt(attrs, ...k.responseBodySize));
  return http;
}

/** gRPC status code names (google.rpc.Code), as brave and Connect write them. */
export const GRPC_STATUS_CODES: Readonly<Record<string, number>> = {
  OK: 0,
  CANCELLED: 1,
  CANCELED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
};

function rpcStatusCode(attrs: Attributes): number | undefined {
  for (const key of FIELD_KEYS.rpc.statusCode) {
    const n = attrInt(attrs, key);
    if (n !== undefined) return n;
    const name = attrString(attrs, key);
    if (name !== undefined) {
      const code = GRPC_STATUS_CODES[name.toUpperCase()];
      if (code !== undefined) return code;
    }
  }
  return undefined;
}

/** RPC fields; absent when no RPC attribute is present. */
export function rpcInfo(attrs: Attributes): RpcInfo | undefined {
  const k = FIELD_KEYS.rpc;
  const statusCode = rpcStatusCode(attrs);
  let system = attrString(attrs, ...k.system);
  // brave's gRPC instrumentation writes only `grpc.status_code`.
  if (system === undefined && (attrs['rpc.grpc.status_code'] !== undefined || attrs['grpc.status_code'] !== undefined)) system = 'grpc';
  const service = attrString(attrs, ...k.service);
  const method = attrString(attrs, ...k.method);
  if (system === undefined && service === undefined && method === undefined) return undefined;
  const rpc: RpcInfo = {};
  set(rpc, 'system', system);
  set(rpc, 'service', service);
  set(rpc, 'method', method);
  set(rpc, 'statusCode', statusCode);
  return rpc;
}

const SQL_VERBS = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'UPSERT', 'REPLACE', 'CREATE', 'ALTER', 'DROP', 'TRUNCATE', 'CALL', 'EXEC', 'EXECUTE', 'WITH', 'BEGIN', 'COMMIT', 'ROLLBACK', 'SET', 'SHOW', 'EXPLAIN', 'GRANT', 'REVOKE']);

/** The leading SQL verb of a statement (`SELECT`), when it starts with one. */
export function sqlOperation(statement: string): string | undefined {
  const word = /^\s*(?:\/\*.*?\*\/\s*)*\(?\s*([A-Za-z]+)/s.exec(statement.slice(0, 256))?.[1]?.toUpperCase();
  return word !== undefined && SQL_VERBS.has(word) ? word : undefined;
}

/** The first table a SQL statement names after FROM / INTO / UPDATE / JOIN / TABLE. */
export function sqlTable(statement: string): string | undefined {
  const match = /\b(?:from|into|update|join|table)\s+(?:if\s+(?:not\s+)?exists\s+)?([`"[]?[A-Za-z_][\w$]*(?:[`"\]]?\.[`"[]?[A-Za-z_][\w$]*)*[`"\]]?)/i.exec(statement.slice(0, 2048));
  return match?.[1]?.replace(/[`"[\]]/g, '');
}

/** Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const code = value.charCodeAt(max - 1);
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Database fields; absent when no database attribute is present. */
export function dbInfo(attrs: Attributes, statementMaxLength: number): DbInfo | undefined {
  const k = FIELD_KEYS.db;
  const system = attrString(attrs, ...k.system);
  const statement = attrString(attrs, ...k.statement);
  const name = attrString(attrs, ...k.name);
  const operation = attrString(attrs, ...k.operation);
  const table = attrString(attrs, ...k.table);
  if (system === undefined && statement === undefined && name === undefined && operation === undefined && table === undefined) return undefined;
  const db: DbInfo = {};
  set(db, 'system', system);
  set(db, 'name', name);
  // Read from the whole statement, before it is cut.
  set(db, 'operation', operation ?? (statement !== undefined ? sqlOperation(statement) : undefined));
  set(db, 'statement', statement !== undefined ? truncate(statement, statementMaxLength) : undefined);
  set(db, 'table', table ?? (statement !== undefined ? sqlTable(statement) : undefined));
  return db;
}

/** Messaging fields; absent when no messaging attribute is present. */
export function messagingInfo(attrs: Attributes): MessagingInfo | undefined {
  const k = FIELD_KEYS.messaging;
  let system = attrString(attrs, ...k.system);
  const destination = attrString(attrs, ...k.destination);
  const operation = attrString(attrs, ...k.operation);
  // brave's Kafka instrumentation writes only the `kafka.topic` tag.
  if (system === undefined && attrs['kafka.topic'] !== undefined) system = 'kafka';
  if (system === undefined && destination === undefined && operation === undefined) return undefined;
  const messaging: MessagingInfo = {};
  set(messaging, 'system', system);
  set(messaging, 'destination', destination);
  set(messaging, 'operation', operation);
  return messaging;
}

/** The other side of the call; absent when nothing names it. */
export function peerInfo(attrs: Attributes, kind: SpanKind, http?: HttpInfo): PeerInfo | undefined {
  const k = FIELD_KEYS.peer;
  const inbound = isInbound(kind);
  const service = attrString(attrs, ...k.service);
  let address = attrString(attrs, ...(inbound ? k.inboundAddress : k.outboundAddress));
  let port = attrInt(attrs, ...(inbound ? k.inboundPort : k.outboundPort));
  if (!inbound && address === undefined && http?.host !== undefined) {
    // A client call with only a URL: the URL's host is the peer.
    address = http.host;
    port ??= http.port;
  }
  if (address !== undefined) {
    const parts = splitHostPort(address);
    address = parts.host;
    port ??= parts.port;
  }
  if (service === undefined && address === undefined && port === undefined) return undefined;
  const peer: PeerInfo = {};
  set(peer, 'service', service);
  set(peer, 'address', address);
  set(peer, 'port', port);
  return peer;
}

/** The last `exception` event's attributes (the one that ended the span, when there are several). */
function lastException(events: readonly SpanEvent[]): Attributes | undefined {
  for (let i = events.length - 1; i >= 0; i--) if (events[i].name === 'exception') return events[i].attributes;
  return undefined;
}

/**
 * Whether the span failed, and which exception. A span failed when its status is ERROR, when it
 * carries `error.type` (current semconv sets it only on failure), when `otel.status_code` says
 * ERROR, or when it has the `error` tag: Jaeger's boolean, or Zipkin's string whose value is the
 * error message (`"true"` or empty when there is none, `"false"` meaning no error).
 */
export function errorInfo(span: SpanFacts): ErrorInfo {
  const attrs = span.attributes;
  const exception = lastException(span.events);
  const errorTag = attrs['error'];
  let tagSaysError = false;
  let tagMessage: string | undefined;
  if (typeof errorTag === 'boolean') tagSaysError = errorTag;
  else if (typeof errorTag === 'string') {
    const lower = errorTag.toLowerCase();
    tagSaysError = lower !== 'false';
    if (lower !== 'true' && errorTag !== '' && tagSaysError) tagMessage = errorTag;
  } else if (errorTag !== undefined) tagSaysError = attrBool(attrs, 'error') ?? true;
  const isError =
    span.statusCode === 'ERROR' || tagSaysError || attrs['error.type'] !== undefined || attrString(attrs, 'otel.status_code')?.toUpperCase() === 'ERROR';
  const info: ErrorInfo = { isError };
  set(info, 'type', attrString(exception, 'exception.type') ?? attrString(attrs, ...FIELD_KEYS.error.type));
  set(
    info,
    'message',
    attrString(exception, 'exception.message') ?? (span.statusMessage !== '' ? span.statusMessage : undefined) ?? attrString(attrs, ...FIELD_KEYS.error.message) ?? tagMessage,
  );
  return info;
}
