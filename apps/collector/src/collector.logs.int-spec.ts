// OTLP logs at the collector against the real broker: every transport (OTLP/HTTP protobuf, JSON
// gzip-encoded, OTLP/gRPC) writes one otlp-logs record per trace id, else per service, with the
// pipeline headers and the tenant of the API key; head sampling of traces (here 0%: every trace
// dropped) drops no log; bad input is refused with the record and field named, and (checked at the
// end against the topic) nothing of a refused request is written.
import { gzipSync } from 'node:zlib';
import { status as grpcStatus } from '@grpc/grpc-js';
import Long from 'long';
import { bytesToHex } from '@tracehouse/identity';
import { decodeLogsData, encodeExportLogsServiceRequest, encodeExportTraceServiceRequest, type LogsData } from '@tracehouse/otlp';
import { FORMAT_VERSION_HEADER, PIPELINE_HEADERS } from '@tracehouse/topics';
import { pollUntil, readTopic, testKafka, uniqueName } from '@tracehouse/testing';
import { httpGet, startCollector, type CollectorUnderTest } from './testdata/collector-process';
import { grpcCall, post } from './testdata/wire';

const kafka = testKafka('collector-logs');
const logsTopic = uniqueName('otlp-logs');
const spansTopic = uniqueName('otlp-spans-logs');
const KEY = { 'x-api-key': 'k-acme' };
const LOGS_EXPORT = '/opentelemetry.proto.collector.logs.v1.LogsService/Export';
let collector: CollectorUnderTest;
/** Bodies of every record the tests had acknowledged; anything else in the topic leaked from a refused request. */
const acknowledged = new Set<string>();

beforeAll(async () => {
  collector = await startCollector({
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '',
    TOPIC_OTLP_SPANS: spansTopic,
    TOPIC_OTLP_LOGS: logsTopic,
    KAFKA_TOPIC_PARTITIONS: '3',
    COLLECTOR_API_KEYS: 'k-acme=acme',
    COLLECTOR_SAMPLING_PERCENTAGE: '0',
  });
  // /readyz follows the span writer; the otlp-logs writer connects beside it.
  await pollUntil('the otlp-logs writer connected', async () => /tracehouse_collector_logs_kafka_available\{[^}]*\} 1/.test((await httpGet(collector.ports.admin, '/metrics')).body), 30_000);
});

afterAll(async () => {
  await collector?.stop();
});

const TRACE_A = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';
const TRACE_B = 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2';
const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));
const record = (body: string, traceId?: string) => ({
  time_unix_nano: Long.fromString('1700000000000000000', true),
  severity_number: 9,
  body: { string_value: body },
  ...(traceId ? { trace_id: hex(traceId), span_id: hex('00f067aa0ba902b7') } : {}),
});
const protobufLogs = (service: string, records: ReturnType<typeof record>[]): Uint8Array =>
  encodeExportLogsServiceRequest({ resource_logs: [{ resource: { attributes: [{ key: 'service.name', value: { string_value: service } }] }, scope_logs: [{ scope: { name: 'spec' }, log_records: records }] }] });
const jsonLogs = (service: string, records: object[]): string =>
  JSON.stringify({ resourceLogs: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] }, scopeLogs: [{ logRecords: records }] }] });
const bodiesOf = (d: LogsData): string[] => (d.resource_logs ?? []).flatMap((rl) => (rl.scope_logs ?? []).flatMap((sl) => (sl.log_records ?? []).map((r) => r.body?.string_value ?? '')));

describe('accepted logs', () => {
  it('OTLP/HTTP protobuf: 200 with an ExportLogsServiceResponse', async () => {
    const r = await post(collector.ports.otlpHttp, '/v1/logs', protobufLogs('checkout', [record('pb a1', TRACE_A), record('pb b1', TRACE_B), record('pb none')]), { 'Content-Type': 'application/x-protobuf', ...KEY });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/x-protobuf');
    ['pb a1', 'pb b1', 'pb none'].forEach((b) => acknowledged.add(b));
  });

  it('OTLP/HTTP JSON, gzip-encoded: 200 with {}', async () => {
    const body = gzipSync(jsonLogs('billing', [{ body: { stringValue: 'json a2' }, traceId: TRACE_A, spanId: '00f067aa0ba902b8', severityNumber: 'SEVERITY_NUMBER_WARN' }, { body: { stringValue: 'json none' } }]));
    const r = await post(collector.ports.otlpHttp, '/v1/logs', body, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', ...KEY });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({});
    ['json a2', 'json none'].forEach((b) => acknowledged.add(b));
  });

  it('OTLP/gRPC LogsService/Export on the traces port: OK', async () => {
    const r = await grpcCall(collector.ports.otlpGrpc, LOGS_EXPORT, protobufLogs('checkout', [record('grpc a3', TRACE_A)]), KEY);
    expect(r).toMatchObject({ code: grpcStatus.OK });
    acknowledged.add('grpc a3');
  });

  it('drops the spans of a trace the head sampler drops, but none of its logs', async () => {
    const spans = encodeExportTraceServiceRequest({ resource_spans: [{ scope_spans: [{ spans: [{ trace_id: hex(TRACE_A), span_id: hex('00f067aa0ba902b7'), name: 'op', kind: 2 }] }] }] });
    const r = await post(collector.ports.otlpHttp, '/v1/traces', spans, { 'Content-Type': 'application/x-protobuf', ...KEY });
    expect(r.status).toBe(200);
    // Its logs are the ones above, in the topic below; the spans topic stays empty.
    const admin = kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(spansTopic);
      expect(offsets.reduce((n, p) => n + Number(p.high), 0)).toBe(0);
    } finally {
      await admin.disconnect();
    }
  });
});

describe('refused logs', () => {
  const JSON_CT = { 'Content-Type': 'application/json', ...KEY };

  it.each([
    ['a trace id of the wrong length', { traceId: 'abcd', body: { stringValue: 'leak 1' } }, 'resourceLogs[0].scopeLogs[0].logRecords[1].traceId: expected 32 hex characters, got "abcd"'],
    ['a body of the wrong type', { body: 'plain string', spanId: '00f067aa0ba902b7' }, 'resourceLogs[0].scopeLogs[0].logRecords[1].body: expected an object, got "plain string"'],
    ['a severity of the wrong type', { severityNumber: true, body: { stringValue: 'leak 2' } }, 'resourceLogs[0].scopeLogs[0].logRecords[1].severityNumber: expected a severity number or name, got boolean true'],
    ['attributes that are not a list', { attributes: { user: 'x' }, body: { stringValue: 'leak 3' } }, 'resourceLogs[0].scopeLogs[0].logRecords[1].attributes: expected an array, got an object'],
    ['a time that is not a number', { timeUnixNano: 'yesterday', body: { stringValue: 'leak 4' } }, 'resourceLogs[0].scopeLogs[0].logRecords[1].timeUnixNano: expected an unsigned 64-bit integer (string or number), got "yesterday"'],
  ])('OTLP/HTTP JSON: 400 naming the field for %s, the good record beside it not written', async (_what, bad, message) => {
    const r = await post(collector.ports.otlpHttp, '/v1/logs', jsonLogs('checkout', [{ body: { stringValue: 'leak good neighbour' }, traceId: TRACE_B }, bad]), JSON_CT);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text)).toEqual({ code: 3, message });
  });

  it('OTLP/HTTP protobuf: 400 naming the record of an 8-byte trace id', async () => {
    const r = await post(collector.ports.otlpHttp, '/v1/logs', protobufLogs('checkout', [record('leak pb ok', TRACE_A), { ...record('leak pb bad'), trace_id: hex('0102030405060708') }]), { 'Content-Type': 'application/x-protobuf', ...KEY });
    expect(r.status).toBe(400);
    expect(r.text).toContain('resource_logs[0].scope_logs[0].log_records[1].trace_id: expected 16 bytes (32 hex characters) or none, got 8 bytes.');
  });

  it('OTLP/gRPC: INVALID_ARGUMENT naming the record of a bad span id, and for bytes that are not a request', async () => {
    const bad = await grpcCall(collector.ports.otlpGrpc, LOGS_EXPORT, protobufLogs('checkout', [{ ...record('leak grpc', TRACE_A), span_id: hex('0102') }]), KEY);
    expect(bad).toMatchObject({ code: grpcStatus.INVALID_ARGUMENT, details: 'resource_logs[0].scope_logs[0].log_records[0].span_id: expected 8 bytes (16 hex characters) or none, got 2 bytes.' });
    const garbage = await grpcCall(collector.ports.otlpGrpc, LOGS_EXPORT, Buffer.from([0x0a, 0xff, 0xff, 0x01]), KEY);
    expect(garbage.code).toBe(grpcStatus.INVALID_ARGUMENT);
    expect(garbage.details).toContain('not a valid ExportLogsServiceRequest');
  });

  it('401 without an API key, 415 for another media type', async () => {
    expect((await post(collector.ports.otlpHttp, '/v1/logs', protobufLogs('x', [record('leak nokey')]), { 'Content-Type': 'application/x-protobuf' })).status).toBe(401);
    expect((await post(collector.ports.otlpHttp, '/v1/logs', 'x', { 'Content-Type': 'text/plain', ...KEY })).status).toBe(415);
  });
});

it('wrote one record per trace id, else per service, with the pipeline headers, holding exactly the acknowledged records', async () => {
  const records = await readTopic(kafka, logsTopic, { atLeast: 6 });
  const byKey = new Map<string, string[]>();
  for (const r of records) {
    expect(r.headers).toMatchObject({ [PIPELINE_HEADERS.tenant]: 'acme', [FORMAT_VERSION_HEADER]: '1', [PIPELINE_HEADERS.receivedAt]: expect.stringMatching(/^\d{13}$/) });
    const data = decodeLogsData(r.value);
    for (const rl of data.resource_logs ?? []) for (const sl of rl.scope_logs ?? []) for (const lr of sl.log_records ?? []) {
      const trace = lr.trace_id && lr.trace_id.length > 0 ? bytesToHex(lr.trace_id) : undefined;
      // Every record of a message shares the message's key.
      expect(trace ?? rl.resource?.attributes?.find((a) => a.key === 'service.name')?.value?.string_value).toBe(r.key);
    }
    byKey.set(r.key ?? '', [...(byKey.get(r.key ?? '') ?? []), ...bodiesOf(data)]);
  }
  expect(Object.fromEntries([...byKey].map(([k, v]) => [k, v.sort()]))).toEqual({
    [TRACE_A]: ['grpc a3', 'json a2', 'pb a1'],
    [TRACE_B]: ['pb b1'],
    checkout: ['pb none'],
    billing: ['json none'],
  });
  expect(new Set([...byKey.values()].flat())).toEqual(acknowledged);
});
