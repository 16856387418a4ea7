// Every kind of bad input the collector must refuse, on every receiver: the status (HTTP or gRPC),
// a message naming what was wrong, and — checked at the end against the real topic — that nothing
// of a refused request was written. API keys are configured, so tenancy is exercised too.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { status as grpcStatus } from '@grpc/grpc-js';
import * as protobuf from 'protobufjs';
import { bytesToHex } from '@tracehouse/identity';
import { decodeExportTraceServiceResponse, decodeTracesData, encodeExportTraceServiceRequest, type Span } from '@tracehouse/otlp';
import { PIPELINE_HEADERS } from '@tracehouse/topics';
import { pollUntil, readTopic, testKafka, uniqueName } from '@tracehouse/testing';
import { toJaegerThrift, type SynthSpan } from '../bench/synthetic';
import { httpGet, startCollector, type CollectorUnderTest } from './testdata/collector-process';
import { GRPC_METHODS, grpcCall, post } from './testdata/wire';

const kafka = testKafka('collector-bad-input');
const topic = uniqueName('otlp-spans-bad');
const MAX_BODY = 100_000;
const MAX_INFLIGHT = 150_000;
const KEY = { 'x-api-key': 'k-acme' };
let collector: CollectorUnderTest;
/** Span ids (hex) the tests expect in the topic; anything else there is a leak of refused input. */
const expectedSpanIds = new Set<string>();

beforeAll(async () => {
  collector = await startCollector({
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '',
    TOPIC_OTLP_SPANS: topic,
    KAFKA_TOPIC_PARTITIONS: '2',
    COLLECTOR_MAX_BODY_BYTES: String(MAX_BODY),
    COLLECTOR_API_KEYS: 'k-acme=acme,k-globex=globex',
    COLLECTOR_MAX_INFLIGHT_BYTES: String(MAX_INFLIGHT),
  });
});

afterAll(async () => {
  await collector?.stop();
});

let seq = 1;
const id = (bytes: number): Buffer => {
  const b = Buffer.alloc(bytes);
  b.writeUInt32BE(seq++, bytes - 4);
  b[0] = 0xab;
  return b;
};
const span = (overrides: Partial<Span> = {}): Span => ({ trace_id: id(16), span_id: id(8), name: 'op', kind: 2, ...overrides });
const otlp = (...spans: Span[]): Uint8Array =>
  encodeExportTraceServiceRequest({ resource_spans: [{ resource: { attributes: [{ key: 'service.name', value: { string_value: 'svc' } }] }, scope_spans: [{ spans }] }] });
const PB = { 'Content-Type': 'application/x-protobuf', ...KEY };
const JSON_CT = { 'Content-Type': 'application/json', ...KEY };

describe('OTLP/HTTP refuses bad input', () => {
  const path = '/v1/traces';
  const send = (body: Uint8Array | string, headers: Record<string, string>, method?: string) => post(collector.ports.otlpHttp, path, body, headers, method);

  it('answers 400 with a google.rpc.Status naming the problem for malformed protobuf', async () => {
    const r = await send(Buffer.from([0x0a, 0xff, 0xff, 0x01, 0x02]), PB);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toBe('application/x-protobuf');
    expect(r.text).toMatch(/not a valid ExportTraceServiceRequest|TracesData/);
  });

  it('answers 400 naming the JSON problem', async () => {
    const r = await send('{"resourceSpans": [', JSON_CT);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text)).toEqual({ code: 3, message: expect.stringContaining('OTLP/JSON: the body is not valid JSON') });
  });

  it('answers 400 naming the span and field of an id of the wrong length', async () => {
    const r = await send(JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: 'abc', spanId: '00f067aa0ba902b7', name: 'x' }] }] }] }), JSON_CT);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).message).toContain('resourceSpans[0].scopeSpans[0].spans[0].traceId: expected 32 hex characters, got "abc"');
  });

  it('answers 400 when no span has a valid id (all-zero trace id, missing span id)', async () => {
    const r = await send(otlp(span({ trace_id: Buffer.alloc(16) }), span({ span_id: undefined })), PB);
    expect(r.status).toBe(400);
    expect(r.text).toContain('No valid spans in the request: 2 of 2 spans rejected; first: resource_spans[0].scope_spans[0].spans[0]: trace id is all zeros');
  });

  it('keeps the valid spans of a partly invalid batch and reports the rest in partial_success', async () => {
    const good = span();
    const r = await send(otlp(good, span({ span_id: Buffer.alloc(8) }), span({ span_id: Buffer.alloc(4, 1) })), PB);
    expect(r.status).toBe(200);
    const response = decodeExportTraceServiceResponse(r.body);
    expect(Number(response.partial_success?.rejected_spans)).toBe(2);
    expect(response.partial_success?.error_message).toContain('spans[1]: span id is all zeros');
    expectedSpanIds.add(bytesToHex(good.span_id as Uint8Array));
  });

  it('reports partial success in OTLP/JSON too', async () => {
    const body = { resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba9aaaa', name: 'ok' }, { traceId: '00000000000000000000000000000000', spanId: '00f067aa0ba9bbbb', name: 'bad' }] }] }] };
    const r = await send(JSON.stringify(body), JSON_CT);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ partialSuccess: { rejectedSpans: '1', errorMessage: expect.stringContaining('trace id is all zeros') } });
    expectedSpanIds.add('00f067aa0ba9aaaa');
  });

  it('answers 415 for a content type it does not read', async () => {
    const r = await send(otlp(span()), { 'Content-Type': 'text/plain', ...KEY });
    expect(r.status).toBe(415);
    expect(JSON.parse(r.text).message).toBe('Content-Type "text/plain" is not supported on /v1/traces: send application/x-protobuf or application/json.');
  });

  it('answers 415 for a content encoding it does not read, and 400 for corrupt gzip', async () => {
    const br = await send(otlp(span()), { ...PB, 'Content-Encoding': 'br' });
    expect(br.status).toBe(415);
    expect(br.text).toContain('Content-Encoding "br" is not supported');
    const corrupt = await send(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]), { ...PB, 'Content-Encoding': 'gzip' });
    expect(corrupt.status).toBe(400);
    expect(corrupt.text).toContain('Content-Encoding gzip: the body is not valid gzip data');
  });

  it('answers 413 for a body over the limit, without reading it', async () => {
    const r = await send(Buffer.alloc(MAX_BODY + 1, 1), PB);
    expect(r.status).toBe(413);
    expect(r.text).toContain(`The body of ${MAX_BODY + 1} bytes is larger than the ${MAX_BODY}-byte limit (COLLECTOR_MAX_BODY_BYTES).`);
  });

  it('answers 413 for gzip that inflates past the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(MAX_BODY * 20));
    expect(bomb.length).toBeLessThan(MAX_BODY);
    const r = await send(bomb, { ...PB, 'Content-Encoding': 'gzip' });
    expect(r.status).toBe(413);
    expect(r.text).toContain(`The gzip body inflates past the ${MAX_BODY}-byte limit (COLLECTOR_MAX_BODY_BYTES).`);
  });

  it('accepts a gzip body within the limit', async () => {
    const good = span();
    const r = await send(gzipSync(otlp(good)), { ...PB, 'Content-Encoding': 'gzip' });
    expect(r.status).toBe(200);
    expect(decodeExportTraceServiceResponse(r.body).partial_success).toBeFalsy();
    expectedSpanIds.add(bytesToHex(good.span_id as Uint8Array));
  });

  it('answers 503 + Retry-After at once, without reading the body, while requests in flight hold the budget', async () => {
    const held = span({ name: 'h'.repeat(80_000) });
    const heldBody = Buffer.from(otlp(held));
    // A sender that has sent its headers and half its body: its declared length is reserved.
    const slow = request({ host: '127.0.0.1', port: collector.ports.otlpHttp, path, method: 'POST', headers: { ...PB, 'Content-Length': String(heldBody.length) } });
    const answerToHeld = new Promise<number>((resolve, reject) => {
      slow.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      slow.on('error', reject);
    });
    slow.write(heldBody.subarray(0, 1000));
    await pollUntil('the held request to be reserved', async () => {
      const m = (await httpGet(collector.ports.admin, '/metrics')).body;
      return /tracehouse_collector_inflight_bytes\{[^}]*\} [1-9]/.test(m);
    });
    const refused = await send(Buffer.from(otlp(span({ name: 'r'.repeat(80_000) }))), PB);
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.text).toContain(`The collector holds its limit of ${MAX_INFLIGHT} bytes of requests in flight (COLLECTOR_MAX_INFLIGHT_BYTES); retry later.`);
    // The held request completes normally once its body arrives.
    slow.end(heldBody.subarray(1000));
    expect(await answerToHeld).toBe(200);
    expectedSpanIds.add(bytesToHex(held.span_id as Uint8Array));
  });

  it('answers 401 without an API key and with an unknown one', async () => {
    const missing = await send(otlp(span()), { 'Content-Type': 'application/x-protobuf' });
    expect(missing.status).toBe(401);
    expect(missing.text).toContain('An API key is required: send it in the x-api-key header.');
    const unknown = await send(otlp(span()), { 'Content-Type': 'application/x-protobuf', 'x-api-key': 'nope' });
    expect(unknown.status).toBe(401);
    expect(unknown.text).toContain('The API key in the x-api-key header is not known.');
  });

  it('answers 404 for another path and 405 for another method', async () => {
    const notFound = await post(collector.ports.otlpHttp, '/v1/metrics', 'x', PB);
    expect(notFound.status).toBe(404);
    expect(notFound.text).toContain('No endpoint at /v1/metrics on this port (OTLP/HTTP); it serves POST /v1/traces, POST /v1/logs.');
    const wrongMethod = await send('', PB, 'PUT');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.text).toContain('PUT is not allowed on /v1/traces: use POST.');
  });
});

describe('OTLP/gRPC refuses bad input', () => {
  const call = (body: Uint8Array, md: Record<string, string> = KEY) => grpcCall(collector.ports.otlpGrpc, GRPC_METHODS.otlpExport, body, md);

  it('answers INVALID_ARGUMENT for malformed protobuf and for a batch without valid spans', async () => {
    const malformed = await call(Buffer.from([0x0a, 0xff, 0xff, 0x01]));
    expect(malformed.code).toBe(grpcStatus.INVALID_ARGUMENT);
    expect(malformed.details).toMatch(/ExportTraceServiceRequest|TracesData/);
    const zero = await call(otlp(span({ span_id: Buffer.alloc(8) })));
    expect(zero.code).toBe(grpcStatus.INVALID_ARGUMENT);
    expect(zero.details).toContain('span id is all zeros');
  });

  it('keeps the valid spans and answers partial_success', async () => {
    const good = span();
    const r = await call(otlp(span({ trace_id: Buffer.alloc(8, 1) }), good));
    expect(r.code).toBe(0);
    const response = decodeExportTraceServiceResponse(r.response as Buffer);
    expect(Number(response.partial_success?.rejected_spans)).toBe(1);
    expect(response.partial_success?.error_message).toContain('trace id has 8 bytes, expected 16');
    expectedSpanIds.add(bytesToHex(good.span_id as Uint8Array));
  });

  it('answers UNAUTHENTICATED for an unknown key and RESOURCE_EXHAUSTED for a message over the limit', async () => {
    const unknown = await call(otlp(span()), { 'x-api-key': 'nope' });
    expect(unknown.code).toBe(grpcStatus.UNAUTHENTICATED);
    expect(unknown.details).toContain('not known');
    const big = await call(otlp(span({ name: 'x'.repeat(MAX_BODY) })));
    expect(big.code).toBe(grpcStatus.RESOURCE_EXHAUSTED);
    expect(big.details).toMatch(/larger than max/i);
  });
});

describe('Zipkin refuses bad input', () => {
  const send = (body: Uint8Array | string, contentType = 'application/json') => post(collector.ports.zipkin, '/api/v2/spans', body, { 'Content-Type': contentType, ...KEY });
  const zipkinSpan = { traceId: '5af7183fb1d4cf5f5af7183fb1d4cf5f', id: '352bff9a74ca9ad2', name: 'get', timestamp: 1_700_000_000_000_000, duration: 10 };

  it.each([
    ['malformed JSON', '[{"traceId":', 'Zipkin v2 JSON: the body is not valid JSON'],
    ['a body that is not a list', '{"traceId":"1"}', 'Zipkin v2 JSON: expected an array of spans, got an object.'],
    ['a missing trace id', JSON.stringify([{ ...zipkinSpan, traceId: undefined }]), 'span[0].traceId: is required.'],
    ['a missing span id', JSON.stringify([{ ...zipkinSpan, id: undefined }]), 'span[0].id: is required.'],
    ['an all-zero trace id', JSON.stringify([zipkinSpan, { ...zipkinSpan, traceId: '0000000000000000' }]), 'span[1].traceId: "0000000000000000" is all zeros.'],
    ['a trace id that is too long', JSON.stringify([{ ...zipkinSpan, traceId: `${zipkinSpan.traceId}a` }]), 'is longer than 32 hex characters.'],
    ['a span id that is not hex', JSON.stringify([{ ...zipkinSpan, id: 'zz2bff9a74ca9ad2' }]), 'span[0].id: "zz2bff9a74ca9ad2" is not hex.'],
  ])('answers 400 for %s, naming it', async (_what, body, message) => {
    const r = await send(body);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(r.text).toContain(message);
  });

  it('answers 400 for malformed proto3 and 415 for another content type', async () => {
    const proto = await send(Buffer.from([0x0a, 0x05, 0x01]), 'application/x-protobuf');
    expect(proto.status).toBe(400);
    expect(proto.text).toContain('Zipkin proto3: the 3 bytes are not a zipkin.proto3.ListOfSpans');
    const wrong = await send(JSON.stringify([zipkinSpan]), 'application/thrift');
    expect(wrong.status).toBe(415);
    expect(wrong.text).toBe('Content-Type "application/thrift" is not supported on /api/v2/spans: send application/json or application/x-protobuf.');
  });
});

describe('Jaeger refuses bad input', () => {
  const thrift = readFileSync(join(__dirname, 'receivers/jaeger/testdata/jaeger-client-node-batch.thrift.bin'));
  const zeroSpan: SynthSpan = { traceId: '0'.repeat(32), spanId: '1'.repeat(16), service: 'cart', name: 'x', kind: 'SERVER', startUs: 1, durationUs: 1, attributes: {}, error: false, events: [] };
  const sendThrift = (body: Uint8Array, contentType = 'application/x-thrift') => post(collector.ports.jaegerHttp, '/api/traces', body, { 'Content-Type': contentType, ...KEY });

  it('answers 400 for truncated Thrift and for an all-zero trace id, 415 for another content type', async () => {
    const truncated = await sendThrift(thrift.subarray(0, thrift.length - 40));
    expect(truncated.status).toBe(400);
    expect(truncated.text).toMatch(/^Jaeger Thrift batch: .*(truncated or not Thrift binary)/);
    const zero = await sendThrift(toJaegerThrift([zeroSpan])[0]);
    expect(zero.status).toBe(400);
    expect(zero.text).toContain('span[0].traceId: is all zeros.');
    const wrong = await sendThrift(thrift, 'application/json');
    expect(wrong.status).toBe(415);
    expect(wrong.text).toContain('send application/x-thrift or application/vnd.apache.thrift.binary');
  });

  it('answers INVALID_ARGUMENT over gRPC for malformed protobuf and invalid ids', async () => {
    const root = new protobuf.Root().loadSync(join(__dirname, 'receivers/jaeger/jaeger-api-v2.proto'), { keepCase: true });
    const PostSpansRequest = root.lookupType('jaeger.api_v2.PostSpansRequest');
    const body = PostSpansRequest.encode(PostSpansRequest.fromObject({ batch: { process: { service_name: 's' }, spans: [{ trace_id: Buffer.alloc(16, 1), span_id: Buffer.alloc(3, 1), operation_name: 'x' }] } })).finish();
    const bad = await grpcCall(collector.ports.jaegerGrpc, GRPC_METHODS.jaegerPostSpans, body, KEY);
    expect(bad.code).toBe(grpcStatus.INVALID_ARGUMENT);
    expect(bad.details).toContain('span_id: has 3 bytes, expected 8.');
    const malformed = await grpcCall(collector.ports.jaegerGrpc, GRPC_METHODS.jaegerPostSpans, Buffer.from([0x0a, 0x09, 0x01]), KEY);
    expect(malformed.code).toBe(grpcStatus.INVALID_ARGUMENT);
    expect(malformed.details).toContain('are not a jaeger.api_v2.PostSpansRequest');
  });
});

describe('after all of the above', () => {
  it('is still up, counted every rejection by reason, and wrote nothing of a refused request', async () => {
    const marker = span();
    expect((await post(collector.ports.otlpHttp, '/v1/traces', otlp(marker), { 'Content-Type': 'application/x-protobuf', 'x-api-key': 'k-globex' })).status).toBe(200);
    expectedSpanIds.add(bytesToHex(marker.span_id as Uint8Array));
    expect(collector.process.child.exitCode).toBeNull();
    expect((await httpGet(collector.ports.admin, '/healthz')).status).toBe(200);

    const records = await readTopic(kafka, topic, { atLeast: expectedSpanIds.size });
    const written = new Map<string, string>();
    for (const r of records) {
      for (const rs of decodeTracesData(r.value).resource_spans ?? []) {
        for (const ss of rs.scope_spans ?? []) for (const s of ss.spans ?? []) written.set(bytesToHex(s.span_id as Uint8Array), r.headers[PIPELINE_HEADERS.tenant]);
      }
    }
    expect([...written.keys()].sort()).toEqual([...expectedSpanIds].sort());
    // The API key decides the tenant.
    expect(written.get(bytesToHex(marker.span_id as Uint8Array))).toBe('globex');
    expect(new Set([...written].filter(([k]) => k !== bytesToHex(marker.span_id as Uint8Array)).map(([, t]) => t))).toEqual(new Set(['acme']));

    let metrics = '';
    await pollUntil('rejection metrics', async () => {
      metrics = (await httpGet(collector.ports.admin, '/metrics')).body;
      return metrics.includes('tracehouse_collector_requests_rejected_total');
    });
    for (const reason of ['malformed', 'invalid_id', 'unsupported_media_type', 'unsupported_encoding', 'body_too_large', 'unauthorized', 'overloaded']) {
      expect(metrics).toMatch(new RegExp(`tracehouse_collector_requests_rejected_total\\{[^}]*reason="${reason}"[^}]*\\} [1-9]`));
    }
    expect(metrics).toMatch(/tracehouse_collector_spans_rejected_total\{[^}]*protocol="otlp_http_protobuf"[^}]*tenant="acme"[^}]*reason="invalid_id"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/tracehouse_collector_spans_accepted_total\{[^}]*protocol="otlp_grpc"[^}]*tenant="acme"[^}]*\} 1/);
  });
});
