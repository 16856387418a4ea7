import type { Server as HttpsServer } from 'node:https';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '@tracehouse/observability';
import { keepCertificateCurrent, TlsReloader, type TlsSettings } from '@tracehouse/tls';
import { createQueryServer, type QueryServerOptions } from './server';

/** Options of {@link QueryApi}: the server's and where it listens. */
export interface QueryApiOptions extends Omit<QueryServerOptions, 'tls'> {
  readonly host: string;
  /** 0 picks a free port (tests); {@link QueryApi.url} tells which. */
  readonly port: number;
  readonly logger?: Logger;
  /** HTTPS from these files (QUERY_TLS_*), reloaded when they change; plain HTTP without. */
  readonly tls?: TlsSettings;
}

/** `QUERY_EMBEDDED`: whether the view-generator serves the query API itself. */
export type QueryEmbeddedMode = 'auto' | 'true' | 'false';

/**
 * Whether the view-generator serves the query API: `auto` does so exactly in the embedded default
 * (no ClickHouse URL), where it is the one process that may open the data folder; with a server the
 * query-service app serves it instead.
 */
export function queryApiEmbedded(mode: QueryEmbeddedMode, clickhouseUrl: string | undefined): boolean {
  return mode === 'auto' ? !clickhouseUrl : mode === 'true';
}

/**
 * The query API's lifecycle, for NestJS wiring or a test: `start` listens (resolves once the port
 * accepts connections), `close` stops accepting and waits for requests in flight. `close` is
 * idempotent and safe before `start`. It owns neither reader: the caller closes the stores after.
 */
export class QueryApi {
  private server: FastifyInstance | undefined;
  private address: string | undefined;
  private closing: Promise<void> | undefined;
  private reloader: TlsReloader | undefined;

  constructor(private readonly options: QueryApiOptions) {}

  /** `http://host:port` (`https://` with TLS) once started. */
  get url(): string {
    if (!this.address) throw new Error('the query API is not listening: call start() first');
    return this.address;
  }

  async start(): Promise<string> {
    if (this.address) return this.address;
    if (this.closing) throw new Error('the query API was closed');
    const { tls, ...serverOptions } = this.options;
    // Reads and checks the files now: a certificate that cannot be used stops the start with why.
    this.reloader = tls && new TlsReloader(tls, { logger: this.options.logger, metrics: this.options.metrics });
    this.server = createQueryServer({ ...serverOptions, tls: this.reloader?.current });
    if (this.reloader) {
      keepCertificateCurrent(this.server.server as HttpsServer, this.reloader, { metrics: this.options.metrics, listener: 'query' });
      this.reloader.start();
    }
    await this.server.listen({ host: this.options.host, port: this.options.port });
    const bound = this.server.server.address();
    const port = typeof bound === 'object' && bound ? bound.port : this.options.port;
    const host = this.options.host === '0.0.0.0' || this.options.host === '::' ? '127.0.0.1' : this.options.host;
    this.address = `${this.reloader ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
    this.options.logger?.info({ port, host: this.options.host, tls: this.reloader ? { fingerprint: this.reloader.current.fingerprint256, mutual: tls?.clientCaFile !== undefined } : false }, `query API listening on :${port} (Jaeger /api, Jaeger api_v3 /api/v3, Zipkin /api/v2, Loki /loki/api/v1)`);
    return this.address;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.reloader?.stop();
      await this.server?.close();
    })();
    return this.closing;
  }
}

/**
 * A NestJS provider (lifecycle hooks by name) that starts a {@link QueryApi} at module init (start-up
 * fails if the port cannot be bound), closes it in `beforeApplicationShutdown` (before any
 * component closes a store in `onApplicationShutdown`, so no request meets a closed store), then in
 * `onApplicationShutdown` runs `afterClose` (closing the stores this wiring owns). Idempotent.
 */
export class QueryApiLifecycle {
  private stopped: Promise<void> | undefined;

  constructor(
    readonly api: QueryApi,
    private readonly afterClose: () => Promise<void> = async () => undefined,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.api.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.api.close();
  }

  onApplicationShutdown(): Promise<void> {
    this.stopped ??= (async () => {
      await this.api.close();
      await this.afterClose();
    })();
    return this.stopped;
  }
}
