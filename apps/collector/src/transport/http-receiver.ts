import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '@tracehouse/observability';
import { resolveTenant, type TenancyRules } from '@tracehouse/tenancy';
import type { InFlightBudget, Reservation } from '../inflight';
import type { Ingest, IngestOutcome } from '../ingest';
import { IngestError } from '../reasons';
import { UNKNOWN_TENANT, type CollectorTelemetry, type ProtocolLabel } from '../telemetry';
import { httpsServer, peerCertificateOfRequest, type ReceiverTls } from './tls';
import { guardConnections, type ConnectionGuard } from './connection-guard';
import { CONTENT_ENCODINGS, ContentEncodingError, contentEncodingOf, decodeContentEncoding } from './content-encoding';

/** An HTTP answer. */
export interface HttpAnswer {
  readonly status: number;
  readonly contentType?: string;
  readonly body?: Uint8Array | string;
}

/** One `POST` path of a receiver port, with its wire formats and answers. */
export interface HttpEndpoint {
  readonly path: string;
  /** The protocol label used before the Content-Type is known (metrics of 404, 401, 415...). */
  readonly defaultProtocol: ProtocolLabel;
  /** The protocol of a body with this media type (lowercase, without parameters), or undefined: 415. */
  protocolFor(mediaType: string): ProtocolLabel | undefined;
  /** The media types the path reads, for the 415 message. */
  readonly acceptedMediaTypes: readonly string[];
  /** The answer to an accepted request. */
  ok(outcome: IngestOutcome, protocol: ProtocolLabel): HttpAnswer;
  /** The answer to a refused request (status from the error), in the format the sender reads. */
  error(err: IngestError, protocol: ProtocolLabel | undefined): HttpAnswer;
}

/** Options of {@link HttpReceiver}. */
export interface HttpReceiverOptions {
  /** For logs, e.g. `OTLP/HTTP`. */
  readonly name: string;
  readonly host: string;
  readonly port: number;
  readonly endpoints: readonly HttpEndpoint[];
  readonly ingest: Ingest;
  readonly budget: InFlightBudget;
  readonly tenancy: TenancyRules;
  readonly maxBodyBytes: number;
  readonly retryAfterSeconds: number;
  readonly telemetry: CollectorTelemetry;
  readonly logger: Logger;
  /** Serve HTTPS with this certificate (and client CA); plain HTTP without. */
  readonly tls?: ReceiverTls;
  /** Timeouts and the connection limit (COLLECTOR_HTTP_* and COLLECTOR_MAX_CONNECTIONS). */
  readonly limits: HttpConnectionLimits;
}

/** How long a client may take and how many connections a port holds. */
export interface HttpConnectionLimits {
  /** The request headers must arrive within this (from the connection, or the end of the previous request). */
  readonly headersTimeoutMs: number;
  /** The whole request must arrive within this. */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  readonly keepAliveTimeoutMs: number;
  readonly maxConnections: number;
}

/** Media type of a Content-Type header: lowercase, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * One receiver port served with Node's http module (no framework on the hot path): routing by
 * path, tenant and API key from headers, Content-Type and Content-Encoding checks, the body and
 * in-flight limits, the Content-Encoding (./content-encoding.ts), then the shared {@link Ingest} path. Every refusal is answered
 * with a status and a message naming what was wrong; a handler error never escapes the request.
 */
export class HttpReceiver {
  private server: Server | undefined;
  private detachTls: (() => void) | undefined;
  private guard: ConnectionGuard | undefined;
  private readonly endpoints: Map<string, HttpEndpoint>;
  private closing = false;
  private active = 0;
  private idle: (() => void) | undefined;

  constructor(private readonly options: HttpReceiverOptions) {
    this.endpoints = new Map(options.endpoints.map((e) => [e.path, e]));
  }

  /** The bound port (useful when configured as 0 in tests). */
  get port(): number {
    const address = this.server?.address();
    return typeof address === 'object' && address ? address.port : this.options.port;
  }

  /** Listens; resolves once the port is bound, rejects when it cannot be (port in use). */
  async start(): Promise<void> {
    const { limits } = this.options;
    const serverOptions = {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the header and request timeouts on this interval (30 s by default): often
      // enough that a timeout closes its connection close to when it expires.
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    };
    const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
      this.active++;
      res.once('close', this.guard?.requestStarted(req.socket) ?? (() => undefined));
      this.handle(req, res)
        .catch((err: unknown) => this.options.logger.error({ err, receiver: this.options.name }, 'unexpected error answering a request'))
        .finally(() => {
          if (--this.active === 0) this.idle?.();
        });
    };
    let server: Server;
    if (this.options.tls) {
      const https = httpsServer(this.options.tls, this.options.name, serverOptions, onRequest);
      server = https.server;
      this.detachTls = https.close;
    } else {
      server = createServer(serverOptions, onRequest);
    }
    this.guard = guardConnections(server, {
      maxConnections: limits.maxConnections,
      // Over TLS a request's socket is the TLS socket, not the TCP one `connection` gives.
      connectionEvent: this.options.tls ? 'secureConnection' : 'connection',
      onClose: (reason) => this.options.telemetry.connectionClosed(this.options.name, reason),
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
  }

  /** Stops accepting connections and waits (up to `timeoutMs`) for requests being answered. Idempotent. */
  async stop(timeoutMs = 15_000): Promise<void> {
    const server = this.server;
    if (!server || this.closing) return;
    this.closing = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    if (this.active > 0) {
      await Promise.race([new Promise<void>((resolve) => (this.idle = resolve)), new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    }
    server.closeAllConnections();
    await closed;
    this.detachTls?.();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const path = (req.url ?? '/').split('?')[0];
    const endpoint = this.endpoints.get(path);
    let protocol: ProtocolLabel = endpoint?.defaultProtocol ?? this.options.endpoints[0].defaultProtocol;
    let knownProtocol: ProtocolLabel | undefined;
    let tenant = UNKNOWN_TENANT;
    let bodyRead = false;
    let reservation: Reservation | undefined;
    try {
      if (!endpoint) {
        const paths = [...this.endpoints.keys()].map((p) => `POST ${p}`).join(', ');
        throw new IngestError('not_found', `No endpoint at ${path} on this port (${this.options.name}); it serves ${paths}.`);
      }
      if (req.method !== 'POST') throw new IngestError('not_found', `${req.method ?? 'This method'} is not allowed on ${path}: use POST.`, { httpStatus: 405 });
      const mediaType = mediaTypeOf(req.headers['content-type']);
      const forType = endpoint.protocolFor(mediaType);
      if (!forType) {
        throw new IngestError('unsupported_media_type', `Content-Type ${JSON.stringify(req.headers['content-type'] ?? '')} is not supported on ${path}: send ${endpoint.acceptedMediaTypes.join(' or ')}.`);
      }
      protocol = knownProtocol = forType;
      const peer = this.options.tenancy.clientCertificate ? peerCertificateOfRequest(req) : undefined;
      const resolved = resolveTenant((name) => headerValue(req, name), this.options.tenancy, peer);
      if (!resolved.ok) throw new IngestError(resolved.reason, resolved.message);
      tenant = resolved.tenant;
      if (this.closing) throw new IngestError('shutting_down', 'The collector is shutting down; retry against another instance.');
      this.options.ingest.assertAvailable(protocol);
      const encodingHeader = headerValue(req, 'content-encoding');
      const encoding = contentEncodingOf(encodingHeader);
      if (encoding === undefined) {
        throw new IngestError('unsupported_encoding', `Content-Encoding ${JSON.stringify((encodingHeader ?? '').trim())} is not supported: send ${CONTENT_ENCODINGS.join(', ')} or an uncompressed body.`);
      }
      const max = this.options.maxBodyBytes;
      const declared = req.headers['content-length'] !== undefined ? Number(req.headers['content-length']) : undefined;
      if (declared !== undefined && declared > max) throw tooLarge(`The body of ${declared} bytes is larger than the ${max}-byte limit (COLLECTOR_MAX_BODY_BYTES).`);
      reservation = this.options.budget.tryReserve(declared ?? 0);
      if (!reservation) throw this.overloaded();
      const raw = await readBody(req, declared, max, reservation, () => this.overloaded());
      bodyRead = true;
      const body = encoding === 'identity' ? raw : await inflateBody(raw, encodingHeader, max, reservation, () => this.overloaded());
      const outcome = await this.options.ingest.ingest(protocol, body, tenant, Date.now());
      send(res, endpoint.ok(outcome, protocol));
      this.options.telemetry.observeRequest(protocol, 'ok', started);
    } catch (err) {
      const ingestError = err instanceof IngestError ? err : undefined;
      if (err instanceof BodyAbortedError) {
        // The sender went away mid-body: nobody to answer.
        this.options.telemetry.observeRequest(protocol, 'malformed', started);
        res.destroy();
        return;
      }
      if (!ingestError) this.options.logger.error({ err, receiver: this.options.name, path }, 'unexpected error ingesting a request');
      const e = ingestError ?? new IngestError('malformed', 'The collector failed to process the request.', { httpStatus: 500 });
      if (e.reason !== 'not_found') this.options.telemetry.rejected(protocol, tenant, e.reason, e.spans, e.message);
      this.options.telemetry.observeRequest(protocol, e.reason, started);
      const answer = endpoint ? endpoint.error(e, knownProtocol) : { status: e.httpStatus, contentType: 'text/plain; charset=utf-8', body: e.message };
      const headers: Record<string, string> = {};
      if (e.retryable) headers['Retry-After'] = String(this.options.retryAfterSeconds);
      if (!bodyRead) {
        // The body was not (fully) read: close the connection after the answer instead of
        // reading what may be a huge body, and discard whatever has arrived meanwhile.
        headers.Connection = 'close';
        req.resume();
        this.options.telemetry.connectionClosed(this.options.name, e.reason === 'body_too_large' ? 'body_too_large' : 'refused_before_body');
      }
      send(res, answer, headers);
    } finally {
      reservation?.release();
    }
  }

  private overloaded(): IngestError {
    return new IngestError('overloaded', `The collector holds its limit of ${this.options.budget.capacity} bytes of requests in flight (COLLECTOR_MAX_INFLIGHT_BYTES); retry later.`);
  }
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function tooLarge(message: string): IngestError {
  return new IngestError('body_too_large', message);
}

function send(res: ServerResponse, answer: HttpAnswer, extraHeaders: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const body = answer.body === undefined ? undefined : typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
  const headers: Record<string, string | number> = { ...extraHeaders, 'Content-Length': body?.length ?? 0 };
  if (answer.contentType && body !== undefined) headers['Content-Type'] = answer.contentType;
  res.writeHead(answer.status, headers);
  res.end(body);
}

/** The sender closed the connection before the whole body arrived. */
class BodyAbortedError extends Error {}

/** Reads the request body, at most `max` bytes, growing the in-flight reservation as it arrives. */
function readBody(req: IncomingMessage, declared: number | undefined, max: number, reservation: Reservation, overloaded: () => IngestError): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const buffer: Buffer | undefined = declared !== undefined ? Buffer.allocUnsafe(declared) : undefined;
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const fail = (err: Error): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      reject(err);
    };
    const onData = (chunk: Buffer): void => {
      if (done) return;
      const total = received + chunk.length;
      if (total > max) return fail(tooLarge(`The body is larger than the ${max}-byte limit (COLLECTOR_MAX_BODY_BYTES).`));
      if (buffer) {
        if (total > buffer.length) return fail(new IngestError('malformed', `The body is longer than its Content-Length of ${buffer.length} bytes.`));
        chunk.copy(buffer, received);
      } else {
        if (!reservation.growTo(total)) return fail(overloaded());
        chunks.push(chunk);
      }
      received = total;
    };
    req.on('data', onData);
    req.once('end', () => {
      if (done) return;
      done = true;
      const body: Buffer = buffer ?? (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received));
      resolve(received === body.length ? body : body.subarray(0, received));
    });
    req.once('close', () => {
      if (!req.complete) fail(new BodyAbortedError('the sender closed the connection before the body ended'));
    });
    req.once('error', (err) => fail(new BodyAbortedError(err.message)));
  });
}

/** Undoes the body's Content-Encoding (at most `max` bytes inflated) and holds the inflated bytes in the reservation too. */
async function inflateBody(raw: Buffer, encoding: string | undefined, max: number, reservation: Reservation, overloaded: () => IngestError): Promise<Buffer> {
  let out: Buffer;
  try {
    out = await decodeContentEncoding(raw, encoding, max);
  } catch (err) {
    if (!(err instanceof ContentEncodingError)) throw err;
    const reason = err.problem === 'too_large' ? 'body_too_large' : err.problem === 'unsupported' ? 'unsupported_encoding' : 'malformed';
    throw new IngestError(reason, err.message, { cause: err });
  }
  if (!reservation.growTo(raw.length + out.length)) throw overloaded();
  return out;
}
