import { join } from 'node:path';
import { createLogger, Metrics } from '@tracehouse/observability';
import type { InboundMessage, OutboundMessage } from '@tracehouse/stage-runtime';
import { previousFormatRecords } from '@tracehouse/testing';
import { FORMAT_VERSION_HEADER, RAW_SPANS, STRUCTURED_TRACES } from '@tracehouse/topics';
import { SpansGrouperHandler } from './spans-grouper.handler';
import { TraceGrouper } from './spans-grouper.processor';
import { encodeTraceRecord } from './structured-trace-record';

// Rolling upgrades: raw-spans records written by normalizers of earlier releases, read by this grouper:
// format 1 (one RawSpan per record, no format-version header; bytes from commit 89c29c2) and format 2
// (a RawSpanFragment with each span's resource; bytes from commit 936181a). See testdata/previous-format.
const old = previousFormatRecords(join(__dirname, 'testdata', 'previous-format'), 'raw-spans');
const format2 = previousFormatRecords(join(__dirname, 'testdata', 'previous-format'), 'raw-spans', 2);

function handler(): SpansGrouperHandler {
  const grouper = new TraceGrouper({ quietMs: 30_000, earlyCompletion: true, completeQuietMs: 2_000, maxSpansPerTrace: 100, maxBufferedSpans: 1_000, rememberedTraces: 100, maxRecordBytes: 1_000_000, encode: encodeTraceRecord });
  return new SpansGrouperHandler({ grouper, inputTopic: 'raw-spans', outputTopic: 'structured-traces', maxRecordBytes: 1_000_000, logger: createLogger('spans-grouper', { level: 'silent' }), metrics: new Metrics('spans-grouper') });
}

const inbound = (value: Buffer, headers: Record<string, string>, offset: number): InboundMessage => ({ topic: 'raw-spans', partition: 0, offset: String(offset), key: Buffer.from(old[0]?.key ?? ''), value, headers, timestamp: 1 });

/** Feeds the records to a fresh grouper and returns what it emits once the trace is quiet. */
function group(records: InboundMessage[]): OutboundMessage[] {
  const h = handler();
  for (const r of records) expect(h.handle(r)).toEqual([]);
  return h.flushDue(Date.now() + 60_000);
}

describe('spans-grouper reads the previous raw-spans format', () => {
  it('groups previous-format records (a RawSpan each, no header) into exactly the trace the current format (one fragment) gives', () => {
    expect(old).toHaveLength(2);
    for (const r of old) expect(r.headers[FORMAT_VERSION_HEADER]).toBeUndefined();
    const fromOld = group(old.map((r, i) => inbound(r.value, r.headers, i)));
    // The same spans as a current normalizer writes them: one format-2 fragment with the current headers.
    const spans = old.flatMap((r) => RAW_SPANS.decodeRecord(r.value, r.headers).spans);
    const [first] = spans;
    const current = RAW_SPANS.encode({ tenantId: first?.tenantId ?? '', traceId: first?.traceId ?? '', spans });
    const fromCurrent = group([inbound(current, RAW_SPANS.headers(old[0]?.headers['tenant-id'] ?? '', Number(old[0]?.headers['received-at'])), 0)]);
    expect(fromOld).toHaveLength(1);
    expect(fromCurrent).toHaveLength(1);
    const decoded = (out: OutboundMessage[]) => ({ ...STRUCTURED_TRACES.decodeRecord(out[0]?.value as Buffer, out[0]?.headers ?? {}), emittedAtMs: 0 });
    expect(decoded(fromOld)).toEqual(decoded(fromCurrent));
    expect({ ...fromOld[0], value: undefined }).toEqual({ ...fromCurrent[0], value: undefined });
    expect(decoded(fromOld).spans.map((s) => s.name)).toEqual(['GET /users/:id', 'SELECT users']);
    expect(decoded(fromOld).spanEdges).toEqual([{ parentIndex: 0, childIndex: 1 }]);
  });

  it('groups a format-2 fragment (each span with its resource) into the same trace as the same spans in format 3, and a replay across the two formats is one copy', async () => {
    expect(format2).toHaveLength(1);
    const [record] = format2 as [(typeof format2)[number]];
    expect(record.headers[FORMAT_VERSION_HEADER]).toBe('2');
    const read = RAW_SPANS.decodeRecord(record.value, record.headers);
    expect(read.formatVersion).toBe(2);
    // Two resources, three scopes: users-api (2 spans), billing with two scopes (1 span each).
    expect(read.spans.map((s) => [s.serviceName, s.scopeName])).toEqual([
      ['users-api', '@opentelemetry/instrumentation-http'],
      ['users-api', '@opentelemetry/instrumentation-http'],
      ['billing', 'manual'],
      ['billing', '@opentelemetry/instrumentation-undici'],
    ]);
    const headers = RAW_SPANS.headers(record.headers['tenant-id'] ?? '', Number(record.headers['received-at']));
    const current = RAW_SPANS.encode({ tenantId: read.tenantId, traceId: read.traceId, spans: read.spans });
    // Format 3 writes each resource once: the two users-api spans share one copy.
    expect(current.length).toBeLessThan(record.value.length);
    expect(RAW_SPANS.decodeRecord(current, headers).spans).toEqual(read.spans);
    const fromOld = group([inbound(record.value, record.headers, 0)]);
    const fromCurrent = group([inbound(current, headers, 0)]);
    expect(fromOld).toHaveLength(1);
    expect(fromCurrent).toHaveLength(1);
    const decoded = (out: OutboundMessage[]) => ({ ...STRUCTURED_TRACES.decodeRecord(out[0]?.value as Buffer, out[0]?.headers ?? {}), emittedAtMs: 0 });
    expect(decoded(fromCurrent)).toEqual(decoded(fromOld));
    expect(decoded(fromOld).spans.map((s) => s.name).sort()).toEqual(['GET /users/:id', 'POST /charge', 'SELECT users', 'charge']);

    // A replay across the upgrade (an old normalizer wrote the record, a new one wrote it again after a
    // restart) is the same content: each span kept once under its own id, the copies counted as duplicates.
    const metrics = new Metrics('spans-grouper');
    const grouper = new TraceGrouper({ quietMs: 30_000, earlyCompletion: true, completeQuietMs: 2_000, maxSpansPerTrace: 100, maxBufferedSpans: 1_000, rememberedTraces: 100, maxRecordBytes: 1_000_000, encode: encodeTraceRecord });
    const h = new SpansGrouperHandler({ grouper, inputTopic: 'raw-spans', outputTopic: 'structured-traces', maxRecordBytes: 1_000_000, logger: createLogger('spans-grouper', { level: 'silent' }), metrics });
    expect(h.handle(inbound(record.value, record.headers, 0))).toEqual([]);
    expect(h.handle(inbound(current, headers, 1))).toEqual([]);
    const both = h.flushDue(Date.now() + 60_000);
    expect(both).toHaveLength(1);
    expect(decoded(both)).toEqual(decoded(fromOld));
    const text = await metrics.render();
    expect(text).toMatch(/tracehouse_spans_dropped_total\{stage="spans-grouper",reason="duplicate",[^}]*\} 4/);
    expect(text).not.toMatch(/spans_repaired_total\{[^}]*reason="duplicate_id_derived"/);
  });
});

