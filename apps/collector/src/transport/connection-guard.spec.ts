import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { pollUntil } from '@tracehouse/testing';
import { guardConnections, type ConnectionCloseReason, type ConnectionGuard } from './connection-guard';

interface Setup {
  server: Server;
  guard: ConnectionGuard;
  port: number;
  closed: ConnectionCloseReason[];
  /** Requests the handler holds open, released by the test. */
  held: Array<() => void>;
}

async function setup(maxConnections: number, timeouts = { headersTimeout: 60_000, requestTimeout: 120_000, keepAliveTimeout: 60_000 }): Promise<Setup> {
  const closed: ConnectionCloseReason[] = [];
  const held: Array<() => void> = [];
  const server = createServer({ ...timeouts, connectionsCheckingInterval: 50 }, (req, res) => {
    res.once('close', guard.requestStarted(req.socket));
    req.resume();
    if (req.url === '/hold') held.push(() => res.end('done'));
    else req.once('end', () => res.end('ok'));
  });
  const guard = guardConnections(server, { maxConnections, onClose: (reason) => closed.push(reason) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, guard, port: (server.address() as { port: number }).port, closed, held };
}

const sockets: Socket[] = [];
function open(port: number, send?: string): Promise<Socket> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1', () => {
      if (send) s.write(send);
      resolve(s);
    });
    s.on('error', () => undefined);
    s.resume();
    sockets.push(s);
  });
}
const isClosed = (s: Socket): boolean => s.destroyed || s.readableEnded;
let current: Setup | undefined;

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  current?.held.forEach((release) => release());
  if (current) await new Promise<void>((resolve) => current?.server.close(() => resolve()));
  current = undefined;
});

describe('guardConnections', () => {
  it('at the limit, closes the oldest connection without a request in progress to make room', async () => {
    const t = (current = await setup(3));
    const busy = await open(t.port, 'GET /hold HTTP/1.1\r\nHost: x\r\n\r\n');
    await pollUntil('the held request', () => t.held.length === 1, 5_000);
    const idle1 = await open(t.port);
    const idle2 = await open(t.port);
    await pollUntil('three connections', () => t.guard.size === 3, 5_000);
    const fresh = await open(t.port);
    await pollUntil('the oldest idle connection closed', () => isClosed(idle1), 5_000);
    expect([isClosed(busy), isClosed(idle2), isClosed(fresh)]).toEqual([false, false, false]);
    expect(t.closed).toEqual(['too_many_connections']);
  });

  it('closes the new connection when every held one is busy', async () => {
    const t = (current = await setup(1));
    const busy = await open(t.port, 'GET /hold HTTP/1.1\r\nHost: x\r\n\r\n');
    await pollUntil('the held request', () => t.held.length === 1, 5_000);
    const fresh = await open(t.port);
    await pollUntil('the new connection closed', () => isClosed(fresh), 5_000);
    expect(isClosed(busy)).toBe(false);
    expect(t.closed).toEqual(['too_many_connections']);
  });

  it('tells a header timeout (no request yet) from a request timeout (body still coming), and answers 408', async () => {
    const t = (current = await setup(10, { headersTimeout: 300, requestTimeout: 600, keepAliveTimeout: 60_000 }));
    const slowHeaders = await open(t.port, 'POST / HTTP/1.1\r\nHost: x\r\n');
    const slowBody = await open(t.port, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc');
    let answer = '';
    slowBody.on('data', (d: Buffer) => (answer += d.toString()));
    await pollUntil('both closed', () => isClosed(slowHeaders) && isClosed(slowBody), 5_000);
    expect([...t.closed].sort()).toEqual(['header_timeout', 'request_timeout']);
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  });

  it('counts an idle keep-alive connection closed after its timeout, and malformed HTTP', async () => {
    const t = (current = await setup(10, { headersTimeout: 60_000, requestTimeout: 120_000, keepAliveTimeout: 200 }));
    const keepAlive = await open(t.port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    const garbage = await open(t.port, 'NOT HTTP AT ALL\r\n\r\n');
    await pollUntil('both closed', () => isClosed(keepAlive) && isClosed(garbage), 5_000);
    expect([...t.closed].sort()).toEqual(['bad_request', 'idle_timeout']);
  });
});
