// The collector's edge against the real thing (a compiled collector process, real Kafka): every
// Content-Encoding the OpenTelemetry Collector accepts, on every HTTP receiver, including the
// OpenTelemetry JS exporter's gzip; bombs of each codec refused with 413 and nothing of them
// written; gRPC gzip and zstd; then slow and abusive clients (slowloris headers, a body that
// never ends, a gRPC call that never finishes, 10,000 idle connections, bodies that inflate
// 1000x) while real OTLP requests go on succeeding, the collector's RSS stays bounded and it says
// why it closed each connection (a metric with a reason label and a log line).
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { connect as http2Connect, type ClientHttp2Stream } from 'node:http2';
import { connect as netConnect, type Socket } from 'node:net';
import { deflateSync, gzipSync } from 'node:zlib';
import { Client, credentials, Metadata, status as grpcStatus, type ServiceError } from '@grpc/grpc-js';
import { compressFrameSync as lz4Frame } from 'lz4-napi';
import { compressSync as snappyBlock, Compressor as SnappyFramer } from 'snappy';
import { bytesToHex } from '@tracehouse/identity';
import { decodeTracesData, encodeExportTraceServiceRequest, type Span } from '@tracehouse/otlp';
import { pollUntil, readTopic, startScript, testKafka, uniqueName } from '@tracehouse/testing';
import { toJaegerThrift, toZipkinJson, type SynthSpan } from '../bench/synthetic';
import { httpGet, startCollector, type CollectorUnderTest } from './testdata/collector-process';
import { GRPC_METHODS, grpcCall, post } from './testdata/wire';

const kafka = testKafka('collector-edge-abuse');
const topic = uniqueName('otlp-spans-edge');
const MAX_BODY = 1_000_000;
const MAX_CONNECTIONS = 2_000;
const HEADERS_TIMEOUT_MS = 3_000;
const REQUEST_TIMEOUT_MS = 5_000;
const CALL_TIMEOUT_MS = 3_000;
let collector: CollectorUnderTest;
/** Span ids (hex) the tests expect in the topic. */
const expected = new Set<string>();
/** Span ids (hex) of refused bodies: none may reach the topic. */
const refused = new Set<string>();

beforeAll(async () => {
  collector = await startCollector({
    LOG_LEVEL: 'info',
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '',
    TOPIC_OTLP_SPANS: topic,
    KAFKA_TOPIC_PARTITIONS: '2',
    COLLECTOR_MAX_BODY_BYTES: String(MAX_BODY),
    COLLECTOR_MAX_INFLIGHT_BYTES: String(16 * MAX_BODY),
    COLLECTOR_MAX_CONNECTIONS: String(MAX_CONNECTIONS),
    COLLECTOR_HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
    COLLECTOR_HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    COLLECTOR_HTTP_KEEPALIVE_TIMEOUT_MS: '1000',
    COLLECTOR_GRPC_CALL_TIMEOUT_MS: String(CALL_TIMEOUT_MS),
  });
}, 90_000);

/** Stops what a failed test left running (timers, sockets, client loops) before the collector stops. */
const cleanups: Array<() => void> = [];

afterAll(async () => {
  for (const c of cleanups) c();
  await collector?.stop();
});

let seq = 1;
const id = (bytes: number): Buffer => {
  const b = Buffer.alloc(bytes);
  b.writeUInt32BE(seq++, bytes - 4);
  b[0] = 0xcd;
  return b;
};
/** An OTLP request of one span (with `padding` bytes of attribute, for bombs); the span id is returned too. */
function otlpBody(padding = 0): { body: Uint8Array; spanId: string } {
  const span: Span = { trace_id: id(16), span_id: id(8), name: 'edge', kind: 2, attributes: padding ? [{ key: 'pad', value: { string_value: 'a'.repeat(padding) } }] : [] };
  const body = encodeExportTraceServiceRequest({ resource_spans: [{ resource: { attributes: [{ key: 'service.name', value: { string_value: 'edge' } }] }, scope_spans: [{ spans: [span] }] }] });
  return { body, spanId: bytesToHex(span.span_id as Uint8Array) };
}
const PB = { 'Content-Type': 'application/x-protobuf' };

/** A zstd frame holding `data` in raw blocks (RFC 8878 3.1.1.2, Block_Type 0): a valid zstd body without a zstd compressor. */
function zstdRawFrame(data: Uint8Array): Buffer {
  const fcs = Buffer.alloc(8);
  fcs.writeBigUInt64LE(BigInt(data.length));
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0xe0]), fcs];
  for (let at = 0; at < data.length || at === 0; at += 128 * 1024) {
    const chunk = data.subarray(at, at + 128 * 1024);
    const last = at + 128 * 1024 >= data.length ? 1 : 0;
    const h = (chunk.length << 3) | last;
    parts.push(Buffer.from([h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff]), Buffer.from(chunk));
    if (last) break;
  }
  return Buffer.concat(parts);
}

/** A zstd frame of RLE blocks: 4 bytes per 64 KiB of output, `size` bytes of 'a' in all. */
function zstdRleBomb(size: number): Buffer {
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, (16 - 10) << 3])];
  const blocks = Math.ceil(size / 65_536);
  for (let i = 0; i < blocks; i++) {
    const h = (65_536 << 3) | (1 << 1) | (i === blocks - 1 ? 1 : 0);
    parts.push(Buffer.from([h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff, 0x61]));
  }
  return Buffer.concat(parts);
}

async function snappyFramed(data: Uint8Array): Promise<Buffer> {
  const c = new SnappyFramer();
  const head = c.update(data);
  return Buffer.concat([head, await c.finish()]);
}

const ENCODERS: Record<string, (data: Uint8Array) => Buffer | Promise<Buffer>> = {
  gzip: (d) => gzipSync(d),
  deflate: (d) => deflateSync(d),
  zlib: (d) => deflateSync(d),
  zstd: zstdRawFrame,
  snappy: (d) => snappyBlock(Buffer.from(d)),
  'x-snappy-framed': snappyFramed,
  lz4: (d) => lz4Frame(Buffer.from(d)),
};

async function metric(name: string, labels: Record<string, string>): Promise<number> {
  const { body } = await httpGet(collector.ports.admin, '/metrics');
  let total = 0;
  for (const line of body.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) total += Number(line.split(' ').pop());
  }
  return total;
}

function rssMb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0; // the process is gone
  }
}

/** `promise`, or a rejection naming `what` after `ms`: no step of the abuse spec may wait forever. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms)))]).finally(() => clearTimeout(timer));
}

const synth = (service: string): SynthSpan => ({
  traceId: id(16).toString('hex'),
  spanId: id(8).toString('hex'),
  service,
  name: 'GET /edge',
  kind: 'SERVER',
  startUs: 1_700_000_000_000_000,
  durationUs: 1_000,
  attributes: { 'http.request.method': 'GET' },
  error: false,
  events: [],
});

describe('Content-Encoding on every HTTP receiver', () => {
  it('the OpenTelemetry JS exporter sends gzip (compression: gzip) and its spans arrive', async () => {
    // A recording proxy in front of the collector shows the exporter really compressed.
    const seen: string[] = [];
    const proxy: Server = createServer((req, res) => {
      seen.push(String(req.headers['content-encoding'] ?? 'identity'));
      const upstream = request({ host: '127.0.0.1', port: collector.ports.otlpHttp, path: req.url, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as { port: number }).port;
    try {
      const child = startScript('apps/collector/src/testdata/otel-client.js', { OTEL_EXPORTER_OTLP_TRACES_COMPRESSION: 'gzip' }, ['otlp-http-proto', `http://127.0.0.1:${port}/v1/traces`, 'gzip-client']);
      expect(await child.exited).toBe(0);
      const spans = JSON.parse(child.output().trim().split('\n').pop() ?? '[]') as Array<{ spanId: string }>;
      expect(spans).toHaveLength(2);
      for (const s of spans) expected.add(s.spanId);
    } finally {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
    expect(seen).toEqual(['gzip']);
  }, 60_000);

  it.each(Object.keys(ENCODERS))('OTLP/HTTP accepts a %s body', async (encoding) => {
    const { body, spanId } = otlpBody();
    const r = await post(collector.ports.otlpHttp, '/v1/traces', await ENCODERS[encoding](body), { ...PB, 'Content-Encoding': encoding });
    // 200 with an empty ExportTraceServiceResponse: every span accepted.
    expect([r.status, r.body.length]).toEqual([200, 0]);
    expected.add(spanId);
  });

  it('Zipkin and Jaeger Thrift HTTP read compressed bodies too (zstd, lz4, snappy)', async () => {
    const z = synth('frontend');
    expect((await post(collector.ports.zipkin, '/api/v2/spans', zstdRawFrame(toZipkinJson([z])), { 'Content-Type': 'application/json', 'Content-Encoding': 'zstd' })).status).toBe(202);
    const j = synth('checkout');
    expect((await post(collector.ports.jaegerHttp, '/api/traces', lz4Frame(toJaegerThrift([j])[0]), { 'Content-Type': 'application/x-thrift', 'Content-Encoding': 'lz4' })).status).toBe(202);
    const s = synth('cart');
    expect((await post(collector.ports.zipkin, '/api/v2/spans', snappyBlock(toZipkinJson([s])), { 'Content-Type': 'application/json', 'Content-Encoding': 'snappy' })).status).toBe(202);
    for (const span of [z, j, s]) expected.add(span.spanId);
  });

  it.each(Object.keys(ENCODERS))('refuses a %s bomb (inflates past the limit) with 413 naming the limit, writing nothing', async (encoding) => {
    // A real span with a 4 MB attribute: if any of it were accepted its span id would be in the topic.
    const { body, spanId } = otlpBody(4 * MAX_BODY);
    refused.add(spanId);
    const compressed = encoding === 'zstd' ? zstdRleBomb(4 * MAX_BODY) : await ENCODERS[encoding](body);
    expect(compressed.length).toBeLessThan(MAX_BODY);
    const before = await metric('tracehouse_collector_requests_rejected_total', { reason: 'body_too_large' });
    const r = await post(collector.ports.otlpHttp, '/v1/traces', compressed, { ...PB, 'Content-Encoding': encoding });
    expect(r.status).toBe(413);
    expect(r.text).toMatch(new RegExp(`The ${encoding} body (inflates past|declares \\d+ bytes uncompressed, over) the ${MAX_BODY}-byte limit`));
    expect(await metric('tracehouse_collector_requests_rejected_total', { reason: 'body_too_large' })).toBe(before + 1);
  });

  it('answers 415 naming an encoding it does not read', async () => {
    const r = await post(collector.ports.zipkin, '/api/v2/spans', Buffer.from('[]'), { 'Content-Type': 'application/json', 'Content-Encoding': 'br' });
    expect([r.status, r.text]).toEqual([415, 'Content-Encoding "br" is not supported: send gzip, deflate, zlib, zstd, snappy, x-snappy-framed, lz4 or an uncompressed body.']);
  });

  it('gRPC: gzip and zstd messages are read (zstd added to grpc-js, grpc-zstd.ts); a zstd bomb is refused RESOURCE_EXHAUSTED; an unknown encoding UNIMPLEMENTED', async () => {
    const { body, spanId } = otlpBody();
    const client = new Client(`127.0.0.1:${collector.ports.otlpGrpc}`, credentials.createInsecure(), { 'grpc.default_compression_algorithm': 2 });
    const identity = (b: Buffer): Buffer => b;
    const code = await new Promise<number>((resolve) => client.makeUnaryRequest(GRPC_METHODS.otlpExport, identity, identity, Buffer.from(body), new Metadata(), (err: ServiceError | null) => resolve(err ? err.code : 0)));
    client.close();
    expect(code).toBe(0);
    expected.add(spanId);

    /** One compressed gRPC message (flag 1, length, payload) over a bare HTTP/2 stream. */
    const compressed = (encoding: string, payload: Buffer): Promise<{ status?: string; message?: string }> =>
      rawGrpc(collector.ports.otlpGrpc, { 'grpc-encoding': encoding }, (stream) => {
        const prefix = Buffer.alloc(5);
        prefix[0] = 1;
        prefix.writeUInt32BE(payload.length, 1);
        stream.end(Buffer.concat([prefix, payload]));
      });
    const zstd = otlpBody();
    expect(await compressed('zstd', zstdRawFrame(zstd.body))).toEqual({ status: String(grpcStatus.OK), message: 'OK' });
    expected.add(zstd.spanId);
    const bomb = await compressed('zstd', zstdRleBomb(4 * MAX_BODY));
    expect(bomb.status).toBe(String(grpcStatus.RESOURCE_EXHAUSTED));
    expect(bomb.message).toMatch(/^Received message that decompresses to a size larger than \d+$/);
    const brotli = otlpBody();
    refused.add(brotli.spanId);
    expect(await compressed('br', Buffer.from(brotli.body))).toEqual({ status: String(grpcStatus.UNIMPLEMENTED), message: 'Received message compressed with unsupported encoding "br"' });
  });
});

/** A gRPC call over a bare HTTP/2 stream, for what grpc-js clients will not send; resolves with grpc-status and grpc-message. */
function rawGrpc(port: number, headers: Record<string, string>, send: (stream: ClientHttp2Stream) => void): Promise<{ status?: string; message?: string }> {
  return new Promise((resolve, reject) => {
    const session = http2Connect(`http://127.0.0.1:${port}`);
    session.on('error', reject);
    const stream = session.request({ ':method': 'POST', ':path': GRPC_METHODS.otlpExport, 'content-type': 'application/grpc', te: 'trailers', ...headers });
    // Resolves on the status (a server may answer before the request ends, and this client never ends some).
    const done = (result: { status?: string; message?: string }): void => {
      session.destroy();
      resolve(result);
    };
    const take = (h: Record<string, unknown>): void => {
      if (h['grpc-status'] !== undefined) done({ status: String(h['grpc-status']), message: decodeURIComponent(String(h['grpc-message'] ?? '')) });
    };
    stream.on('response', take);
    stream.on('trailers', take);
    stream.on('data', () => undefined);
    stream.on('close', () => done({}));
    send(stream);
  });
}

describe('slow and abusive clients', () => {
  it('closes slowloris, slow-body, never-finishing gRPC and idle connections, says why, and keeps serving real OTLP requests within its memory bound', async () => {
    const pid = collector.process.child.pid as number;
    const rss: number[] = [rssMb(pid)];
    const sampler = setInterval(() => rss.push(rssMb(pid)), 200);
    const sockets: Socket[] = [];
    cleanups.push(() => {
      running = false;
      clearInterval(sampler);
      for (const s of sockets) s.destroy();
    });
    // Real OTLP requests alongside the abuse, over HTTP and gRPC, every one of which must succeed.
    const failures: string[] = [];
    let served = 0;
    let running = true;
    const normal = (async () => {
      while (running) {
        const { body, spanId } = otlpBody();
        const http = await post(collector.ports.otlpHttp, '/v1/traces', body, PB).catch((err: Error) => ({ status: 0, text: err.message }));
        if (http.status === 200) expected.add(spanId);
        else failures.push(`HTTP ${http.status} ${http.text}`);
        const g = otlpBody();
        const grpc = await grpcCall(collector.ports.otlpGrpc, GRPC_METHODS.otlpExport, g.body);
        if (grpc.code === 0) expected.add(g.spanId);
        else failures.push(`gRPC ${grpc.code} ${grpc.details}`);
        // The Zipkin port is the one flooded with idle connections below.
        const z = synth('frontend');
        const zipkin = await post(collector.ports.zipkin, '/api/v2/spans', toZipkinJson([z]), { 'Content-Type': 'application/json' }).catch((err: Error) => ({ status: 0, text: err.message }));
        if (zipkin.status === 202) expected.add(z.spanId);
        else failures.push(`Zipkin ${zipkin.status} ${zipkin.text}`);
        served += 3;
      }
    })();

    // The Zipkin port serves v2 and v1: its `receiver` label names both components (bind.ts).
    const ZIPKIN_PORT = 'Zipkin + Zipkin v1';
    const closedBefore = async (reason: string, receiver = 'OTLP/HTTP'): Promise<number> => metric('tracehouse_collector_connections_closed_total', { receiver, reason });
    const base = { header: await closedBefore('header_timeout'), request: await closedBefore('request_timeout'), many: await closedBefore('too_many_connections', ZIPKIN_PORT), grpc: await closedBefore('request_timeout', 'OTLP/gRPC') };

    // Slowloris: 50 connections trickling one header line every 500 ms, never ending the headers.
    const slow: Socket[] = [];
    const closedAt: number[] = [];
    const t0 = Date.now();
    for (let i = 0; i < 50; i++) {
      const s = netConnect(collector.ports.otlpHttp, '127.0.0.1', () => s.write('POST /v1/traces HTTP/1.1\r\nHost: edge\r\nContent-Type: application/x-protobuf\r\n'));
      const trickle = setInterval(() => s.writable && s.write(`X-Slow-${i}: 1\r\n`), 500);
      s.on('error', () => undefined);
      s.on('close', () => {
        clearInterval(trickle);
        closedAt.push(Date.now() - t0);
      });
      slow.push(s);
      sockets.push(s);
    }
    // A body that never ends: 10 of its 1000 declared bytes.
    const slowBody = netConnect(collector.ports.otlpHttp, '127.0.0.1', () => slowBody.write('POST /v1/traces HTTP/1.1\r\nHost: edge\r\nContent-Type: application/x-protobuf\r\nContent-Length: 1000\r\n\r\n0123456789'));
    slowBody.on('error', () => undefined);
    let slowBodyAnswer = '';
    slowBody.on('data', (d: Buffer) => (slowBodyAnswer += d.toString()));
    sockets.push(slowBody);
    const slowBodyClosed = new Promise<number>((resolve) => slowBody.on('close', () => resolve(Date.now() - t0)));
    // A gRPC call that never finishes: half a message, no end of stream.
    const neverEnding = rawGrpc(collector.ports.otlpGrpc, {}, (stream) => {
      const prefix = Buffer.alloc(5);
      prefix.writeUInt32BE(100, 1);
      stream.write(Buffer.concat([prefix, Buffer.alloc(10)]));
    });

    // 10,000 idle connections to the Zipkin port, five times its connection limit. This process holds the client ends, so its open-file limit must
    // allow them (Node cannot raise its own RLIMIT_NOFILE; the collector child inherits it too).
    expect(Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim())).toBeGreaterThanOrEqual(10_500);
    const idle: Socket[] = [];
    let idleClosed = 0;
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(
        Array.from({ length: 500 }, () =>
          new Promise<void>((resolve) => {
            const s = netConnect(collector.ports.zipkin, '127.0.0.1', () => resolve());
            s.on('error', () => resolve());
            s.on('close', () => idleClosed++);
            // Never sends; reads only so that it sees the collector's end of the connection.
            s.resume();
            idle.push(s);
            sockets.push(s);
          }),
        ),
      );
    }
    expect(idle).toHaveLength(10_000);

    // Bodies that inflate 1000x, a few at once.
    const bombs = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const bomb = gzipSync(Buffer.alloc(50 * MAX_BODY));
        expect((50 * MAX_BODY) / bomb.length).toBeGreaterThan(1000);
        return post(collector.ports.otlpHttp, '/v1/traces', bomb, { ...PB, 'Content-Encoding': 'gzip' });
      }),
    );
    expect(bombs.map((b) => b.status)).toEqual(Array(8).fill(413));

    const grpcReply = await within(neverEnding, CALL_TIMEOUT_MS + 5_000, 'the status of the gRPC call that never finishes');
    expect(grpcReply).toEqual({ status: String(grpcStatus.DEADLINE_EXCEEDED), message: `The call did not deliver its request within ${CALL_TIMEOUT_MS} ms (COLLECTOR_GRPC_CALL_TIMEOUT_MS); the collector ended it.` });
    await pollUntil('every slowloris connection closed', () => closedAt.length === 50, 20_000);
    expect(Math.max(...closedAt)).toBeLessThan(HEADERS_TIMEOUT_MS + 3_000);
    expect(await within(slowBodyClosed, REQUEST_TIMEOUT_MS + 5_000, 'the slow body connection to be closed')).toBeLessThan(REQUEST_TIMEOUT_MS + 3_000);
    expect(slowBodyAnswer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    await pollUntil('every idle connection closed (evicted or timed out)', () => idleClosed === 10_000, 30_000);

    running = false;
    await within(normal, 30_000, 'the normal clients to finish');
    clearInterval(sampler);
    for (const s of [...slow, ...idle]) s.destroy();

    expect(failures).toEqual([]);
    expect(served).toBeGreaterThan(15);
    // Memory: RSS stays within a bound while 10,000 connections come and go and bombs are refused.
    const maxRss = Math.max(...rss);
    process.stdout.write(`collector RSS during the abuse: start ${rss[0].toFixed(0)} MB, max ${maxRss.toFixed(0)} MB over ${rss.length} samples; ${served} normal requests served\n`);
    expect(maxRss).toBeLessThan(rss[0] + 400);

    // Why each was closed: the metric by reason...
    expect((await closedBefore('header_timeout')) - base.header).toBeGreaterThanOrEqual(50);
    expect((await closedBefore('request_timeout')) - base.request).toBe(1);
    expect((await closedBefore('too_many_connections', ZIPKIN_PORT)) - base.many).toBeGreaterThanOrEqual(10_000 - MAX_CONNECTIONS);
    expect(await closedBefore('header_timeout', ZIPKIN_PORT)).toBeGreaterThan(0);
    expect((await closedBefore('request_timeout', 'OTLP/gRPC')) - base.grpc).toBe(1);
    // ...and the periodic log line (once per 10 s, with counts).
    await pollUntil('the log line naming why connections were closed', () => /closed \d+ connections or calls in the last interval: .*too_many_connections on Zipkin/.test(collector.process.output()), 15_000);
    expect(collector.process.output()).toMatch(/header_timeout on OTLP\/HTTP/);
  }, 180_000);
});

describe('what reached Kafka', () => {
  it('holds every accepted span and nothing of a refused body', async () => {
    const records = await readTopic(kafka, topic, { atLeast: 1, timeoutMs: 30_000 });
    const ids = new Set<string>();
    for (const r of records) for (const rs of decodeTracesData(r.value).resource_spans ?? []) for (const ss of rs.scope_spans ?? []) for (const s of ss.spans ?? []) ids.add(bytesToHex(s.span_id as Uint8Array));
    for (const spanId of expected) expect(ids).toContain(spanId);
    for (const spanId of refused) expect(ids).not.toContain(spanId);
  }, 60_000);
});
