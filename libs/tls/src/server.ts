import type { Server as HttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import type { PeerCertificate, SecureContextOptions, TLSSocket, TlsOptions } from 'node:tls';
import type { Metrics } from '@tracehouse/observability';
import type { TlsMaterial } from './material';
import type { TlsReloader } from './reloader';

/** Oldest protocol version served: TLS 1.2, as the OpenTelemetry Collector's `min_version` default. */
export const TLS_MIN_VERSION = 'TLSv1.2';

/** The secure-context part of server options (what a reload replaces). */
export function secureContextOptions(material: TlsMaterial): SecureContextOptions {
  return { cert: material.cert, key: material.key, ca: material.ca, minVersion: TLS_MIN_VERSION };
}

/**
 * Options for `https.createServer` / `http2.createSecureServer` from the material in service: with a
 * client CA, a client certificate is requested and one it did not sign (or none) fails the handshake.
 */
export function tlsServerOptions(material: TlsMaterial): TlsOptions {
  const mutual = material.ca !== undefined;
  return { ...secureContextOptions(material), requestCert: mutual, rejectUnauthorized: mutual };
}

/**
 * Keeps an https server's certificate current: each reload swaps the secure context new handshakes
 * use (`setSecureContext`), leaving open connections as they are. Failed handshakes (no or an untrusted
 * client certificate under mTLS, a client that does not trust ours, plain HTTP on a TLS port) are
 * counted by `reason`. Returns the function that detaches it.
 */
export function keepCertificateCurrent(server: HttpsServer, reloader: TlsReloader, options: { metrics?: Metrics; listener: string }): () => void {
  const off = reloader.onReload((material) => server.setSecureContext(secureContextOptions(material)));
  const failed = options.metrics?.counter('tls_handshake_failures_total', 'TLS handshakes that failed, by listener and OpenSSL reason.', ['listener', 'reason']);
  server.on('tlsClientError', (err: Error & { code?: string; reason?: string }, socket: TLSSocket) => {
    failed?.inc({ listener: options.listener, reason: handshakeFailureReason(err) });
    socket.destroy();
  });
  return off;
}

/** A short, bounded label for a failed handshake (OpenSSL's reason, else the error code). */
export function handshakeFailureReason(err: Error & { code?: string; reason?: string }): string {
  const reason = (err.reason ?? err.code ?? 'unknown').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  return reason.slice(0, 60) || 'unknown';
}

const peers = new WeakMap<object, PeerCertificate | undefined>();

/**
 * The client certificate a connection presented and the CA verified, or undefined (plain TCP, no
 * certificate, or an unverified one). Read once per connection: it cannot change on it.
 */
export function verifiedPeerCertificate(socket: Socket | TLSSocket): PeerCertificate | undefined {
  if (peers.has(socket)) return peers.get(socket);
  const tlsSocket = socket as TLSSocket;
  const cert = typeof tlsSocket.getPeerCertificate === 'function' && tlsSocket.authorized ? tlsSocket.getPeerCertificate() : undefined;
  const peer = cert && Object.keys(cert).length > 0 ? cert : undefined;
  peers.set(socket, peer);
  return peer;
}
