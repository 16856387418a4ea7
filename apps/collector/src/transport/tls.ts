// TLS for the receiver ports: one TlsReloader (libs/tls) per collector, shared by every port, so a
// rotated certificate reaches the HTTP ports (https.Server#setSecureContext) and the gRPC ports
// (grpc-js's certificate-provider credentials, which call setSecureContext on its HTTP/2 server)
// from one read of the files. Open connections keep the context they were made with.
import { createServer as createHttpsServer, type Server as HttpsServer, type ServerOptions as HttpsServerOptions } from 'node:https';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { experimental, ServerCredentials, type ServerUnaryCall } from '@grpc/grpc-js';
import type { Metrics } from '@tracehouse/observability';
import type { PeerCertificateLike } from '@tracehouse/tenancy';
import { keepCertificateCurrent, tlsServerOptions, verifiedPeerCertificate, type TlsMaterial, type TlsReloader } from '@tracehouse/tls';

/** TLS of the receiver ports: the reloader in service and where handshake failures are counted. */
export interface ReceiverTls {
  readonly reloader: TlsReloader;
  readonly metrics?: Metrics;
}

/**
 * A grpc-js certificate provider fed by the collector's reloader: grpc-js builds the HTTP/2 server's
 * secure context from the identity (certificate and key) and CA updates it is sent, and swaps it
 * on each update without closing sessions. Replaces grpc-js's own FileWatcherCertificateProvider,
 * which would read the files a second time and pass on a half-written pair unchecked.
 */
class ReloaderCertificateProvider implements experimental.CertificateProvider {
  private readonly identity = new Set<experimental.IdentityCertificateUpdateListener>();
  private readonly ca = new Set<experimental.CaCertificateUpdateListener>();
  private readonly off: () => void;

  constructor(private readonly reloader: TlsReloader) {
    this.off = reloader.onReload((m) => this.publish(m));
  }

  private publish(m: TlsMaterial): void {
    for (const l of this.identity) l({ certificate: m.cert, privateKey: m.key });
    if (m.ca) for (const l of this.ca) l({ caCertificate: m.ca });
  }

  addIdentityCertificateListener(listener: experimental.IdentityCertificateUpdateListener): void {
    this.identity.add(listener);
    const m = this.reloader.current;
    // On the next tick, as grpc-js's own providers do: it registers the server's watcher only after
    // adding this listener, so a synchronous update would reach no server. No connection is accepted
    // before then (the port is not listening yet).
    process.nextTick(listener, { certificate: m.cert, privateKey: m.key });
  }

  removeIdentityCertificateListener(listener: experimental.IdentityCertificateUpdateListener): void {
    this.identity.delete(listener);
  }

  addCaCertificateListener(listener: experimental.CaCertificateUpdateListener): void {
    this.ca.add(listener);
    const ca = this.reloader.current.ca;
    if (ca) process.nextTick(listener, { caCertificate: ca });
  }

  removeCaCertificateListener(listener: experimental.CaCertificateUpdateListener): void {
    this.ca.delete(listener);
  }

  close(): void {
    this.off();
  }
}

/** Credentials of a gRPC port: insecure without TLS; with it, kept current and (with a client CA) mTLS. */
export function grpcCredentials(tls: ReceiverTls | undefined): { credentials: ServerCredentials; close: () => void } {
  if (!tls) return { credentials: ServerCredentials.createInsecure(), close: () => undefined };
  const provider = new ReloaderCertificateProvider(tls.reloader);
  const mutual = tls.reloader.current.ca !== undefined;
  // grpc-js's first argument is the identity provider, the second the CA provider (null: no client certificates).
  const credentials = experimental.createCertificateProviderServerCredentials(provider, mutual ? provider : null, mutual);
  return { credentials, close: () => provider.close() };
}

/** An https server for an HTTP port, kept current by the reloader; returns it and its detach function. */
export function httpsServer(tls: ReceiverTls, listener: string, options: HttpsServerOptions, handler: RequestListener<typeof IncomingMessage, typeof ServerResponse>): { server: HttpsServer; close: () => void } {
  const server = createHttpsServer({ ...options, ...tlsServerOptions(tls.reloader.current) }, handler);
  const close = keepCertificateCurrent(server, tls.reloader, { metrics: tls.metrics, listener });
  return { server, close };
}

/** The verified client certificate of an HTTP request's connection, or undefined. */
export function peerCertificateOfRequest(req: IncomingMessage): PeerCertificateLike | undefined {
  return verifiedPeerCertificate(req.socket);
}

/** The verified client certificate of a gRPC call, or undefined. */
export function peerCertificateOfCall(call: ServerUnaryCall<unknown, unknown>): PeerCertificateLike | undefined {
  return call.getAuthContext().sslPeerCertificate;
}
