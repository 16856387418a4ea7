// What an HTTP receiver port does about slow and abusive clients, on top of Node's own timeouts:
// it holds at most `maxConnections` sockets, making room for a new client by closing the oldest
// connection that has no request in progress (as nginx reuses idle keep-alive connections when
// it runs out), and it says why it closed each connection: a counter with a reason label and a
// line per interval in the log (telemetry.ts), never a line per connection.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** Why the collector closed a connection (or ended a gRPC call) on its own: the `reason` label of `collector_connections_closed_total`. */
export const CONNECTION_CLOSE_REASONS = [
  /** The request headers did not arrive within COLLECTOR_HTTP_HEADERS_TIMEOUT_MS (slowloris, or a connection that never sends a request). */
  'header_timeout',
  /** The request (headers and body; a gRPC call's message) did not arrive within its timeout. */
  'request_timeout',
  /** A keep-alive connection stayed idle past COLLECTOR_HTTP_KEEPALIVE_TIMEOUT_MS. */
  'idle_timeout',
  /** The port held COLLECTOR_MAX_CONNECTIONS: the oldest idle connection (or the new one, when none is idle) was closed. */
  'too_many_connections',
  /** The body (or what it inflates to) was over COLLECTOR_MAX_BODY_BYTES: answered 413 and closed without reading the rest. */
  'body_too_large',
  /** Another refusal answered before the body was read (401, 415, 503...): closed instead of reading the body. */
  'refused_before_body',
  /** Bytes that are not HTTP/1.1: answered 400 and closed. */
  'bad_request',
] as const;

/** One of {@link CONNECTION_CLOSE_REASONS}. */
export type ConnectionCloseReason = (typeof CONNECTION_CLOSE_REASONS)[number];

/** Options of {@link guardConnections}. */
export interface ConnectionGuardOptions {
  readonly maxConnections: number;
  /** Called once per connection the guard (or a Node timeout it watches) closes. */
  readonly onClose: (reason: ConnectionCloseReason) => void;
  /**
   * The server event that hands over a connection: `connection` (the TCP socket) for HTTP,
   * `secureConnection` for HTTPS, whose requests, timeouts and client errors carry the TLS socket.
   */
  readonly connectionEvent?: 'connection' | 'secureConnection';
}

/** The guard's view of one socket. */
interface Tracked {
  /** Requests in progress on it (0: idle, the first to go when room is needed). */
  busy: number;
}

/** What {@link guardConnections} gives the receiver: the request bookkeeping and a close with a reason. */
export interface ConnectionGuard {
  /** The open connections of the port. */
  readonly size: number;
  /** Marks a request in progress on `socket` until `done` is called. */
  requestStarted(socket: Socket): () => void;
  /** Closes `socket` for `reason` (counted once). */
  close(socket: Socket, reason: ConnectionCloseReason): void;
}

/**
 * Watches `server`'s connections: the connection limit, and the reason of every connection closed
 * by a Node timeout (headersTimeout, requestTimeout: `clientError` ERR_HTTP_REQUEST_TIMEOUT, told
 * apart by whether a request was in progress; keepAliveTimeout: the server's `timeout` event) or
 * by malformed HTTP. The server's own `clientError` and `timeout` handlers are replaced by these.
 */
export function guardConnections(server: Server, options: ConnectionGuardOptions): ConnectionGuard {
  // Insertion order is connection order: the first idle one found is the oldest.
  const sockets = new Map<Socket, Tracked>();
  const counted = new WeakSet<Socket>();
  const close = (socket: Socket, reason: ConnectionCloseReason): void => {
    if (!counted.has(socket)) {
      counted.add(socket);
      options.onClose(reason);
    }
    socket.destroy();
  };
  server.on(options.connectionEvent ?? 'connection', (socket: Socket) => {
    if (sockets.size >= options.maxConnections) {
      let evicted = false;
      for (const [other, t] of sockets) {
        if (t.busy === 0) {
          sockets.delete(other);
          close(other, 'too_many_connections');
          evicted = true;
          break;
        }
      }
      if (!evicted) {
        close(socket, 'too_many_connections');
        return;
      }
    }
    sockets.set(socket, { busy: 0 });
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    const timedOut = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    const reason: ConnectionCloseReason = timedOut ? ((sockets.get(socket)?.busy ?? 0) > 0 ? 'request_timeout' : 'header_timeout') : 'bad_request';
    if (!counted.has(socket)) {
      counted.add(socket);
      options.onClose(reason);
    }
    // Answer if the socket can still take it, as Node does by default, then close it for good:
    // a half-close would wait for a client that may never read or close (found by the
    // slow-clients integration spec: a slow sender that never reads kept its socket open).
    if (socket.writable) socket.end(timedOut ? 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n' : 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n', () => socket.destroy());
    else socket.destroy();
  });
  // keepAliveTimeout expired on an idle keep-alive connection (Node emits `timeout` instead of closing when someone listens).
  server.on('timeout', (socket: Socket) => close(socket, 'idle_timeout'));
  return {
    get size() {
      return sockets.size;
    },
    requestStarted(socket: Socket): () => void {
      const t = sockets.get(socket);
      if (!t) return () => undefined;
      t.busy++;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        t.busy--;
      };
    },
    close,
  };
}
