import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodeExportTraceServiceRequest,
  decodeExportTraceServiceResponse,
  decodeTracesData,
  encodeExportTraceServiceRequest,
  encodeExportTraceServiceResponse,
  encodeTracesData,
  OtlpDecodeError,
} from './index';
import { opentelemetry } from './generated/otlp';
import { mixedBatch } from './testdata/batches';

const TracesDataType = opentelemetry.proto.trace.v1.TracesData;
const asPlain = (m: Parameters<typeof TracesDataType.encode>[0]) => TracesDataType.toObject(TracesDataType.fromObject(m), { longs: String, bytes: String });

describe('TracesData codec', () => {
  it('round-trips a batch with every field set', () => {
    const batch = mixedBatch({ seed: 1, resources: 2, scopes: 2, spansPerScope: 3, traces: 2 });
    const bytes = encodeTracesData(batch);
    const decoded = decodeTracesData(bytes);
    expect(asPlain(decoded)).toEqual(asPlain(batch));
    expect(Buffer.from(encodeTracesData(decoded))).toEqual(Buffer.from(bytes));
  });

  it('keeps 64-bit timestamps exact', () => {
    const batch = mixedBatch({ seed: 2, resources: 1, scopes: 1, spansPerScope: 1, traces: 1 });
    const span = decodeTracesData(encodeTracesData(batch)).resource_spans?.[0].scope_spans?.[0].spans?.[0];
    expect(String(span?.start_time_unix_nano)).toBe('1700000000123456789');
  });

  it('round-trips ExportTraceServiceRequest and reads its bytes as TracesData (same field 1)', () => {
    const batch = mixedBatch({ seed: 3, resources: 2, scopes: 1, spansPerScope: 2, traces: 2 });
    const bytes = encodeExportTraceServiceRequest({ resource_spans: batch.resource_spans });
    expect(decodeExportTraceServiceRequest(bytes).resource_spans).toHaveLength(2);
    expect(asPlain(decodeTracesData(bytes))).toEqual(asPlain(batch));
  });

  it('round-trips ExportTraceServiceResponse with partial success', () => {
    const bytes = encodeExportTraceServiceResponse({ partial_success: { rejected_spans: 3, error_message: 'resource_spans[0].scope_spans[0].spans[1]: trace id is all zeros' } });
    const decoded = decodeExportTraceServiceResponse(bytes);
    expect(Number(decoded.partial_success?.rejected_spans)).toBe(3);
    expect(decoded.partial_success?.error_message).toContain('all zeros');
  });

  it('rejects truncated bytes with an OtlpDecodeError naming the message', () => {
    const bytes = encodeTracesData(mixedBatch({ seed: 4, resources: 1, scopes: 1, spansPerScope: 1, traces: 1 }));
    const truncated = bytes.subarray(0, bytes.length - 5);
    expect(() => decodeTracesData(truncated)).toThrow(OtlpDecodeError);
    expect(() => decodeTracesData(truncated)).toThrow(/^TracesData: the \d+ bytes are not a valid TracesData protobuf \(index out of range/);
  });

  it('rejects an invalid wire type', () => {
    // Tag 0x0f = field 1, wire type 7 (does not exist).
    expect(() => decodeExportTraceServiceRequest(new Uint8Array([0x0f, 0x00]))).toThrow(
      'ExportTraceServiceRequest: the 2 bytes are not a valid ExportTraceServiceRequest protobuf (invalid wire type 7 at offset 1).',
    );
  });

  it('rejects something that is not bytes', () => {
    expect(() => decodeTracesData('hello' as unknown as Uint8Array)).toThrow('TracesData: expected protobuf bytes (a Uint8Array), got string.');
  });
});

describe('generated code', () => {
  it('is up to date with the .proto files (run `npm run gen:proto` after editing them)', async () => {
    const root = join(__dirname, '../../..');
    const out = join(mkdtempSync(join(tmpdir(), 'otlp-gen-')), 'otlp');
    // The generator is an ES module; run it in a child so Jest's CommonJS runtime needs no ESM support.
    execFileSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(join(root, 'tools/gen-proto.mjs'))}); m.generate(m.TARGETS.find((t) => t.protoDir === 'libs/otlp/proto'), ${JSON.stringify(out)});`], { stdio: 'pipe' });
    expect(readFileSync(`${out}.js`, 'utf8')).toBe(readFileSync(join(__dirname, 'generated/otlp.js'), 'utf8'));
    expect(readFileSync(`${out}.d.ts`, 'utf8')).toBe(readFileSync(join(__dirname, 'generated/otlp.d.ts'), 'utf8'));
  }, 60_000);
});
