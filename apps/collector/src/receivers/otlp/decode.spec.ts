import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeExportTraceServiceRequest, otlpJsonToTracesData, tracesDataToOtlpJson } from '@tracehouse/otlp';
import { ReceiverDecodeError } from '../errors';
import { decodeOtlpJson, decodeOtlpProtobuf, splitOtlpProtobuf } from './decode';

const json = readFileSync(join(__dirname, 'testdata/two-services-one-trace.json'));
const protobufBody = encodeExportTraceServiceRequest(otlpJsonToTracesData(JSON.parse(json.toString())));

describe('OTLP receiver decoders', () => {
  it('decodes JSON and protobuf bodies to the same TracesData', () => {
    expect(tracesDataToOtlpJson(decodeOtlpProtobuf(protobufBody))).toEqual(tracesDataToOtlpJson(decodeOtlpJson(json)));
    expect(decodeOtlpJson(json).resource_spans).toHaveLength(2);
  });

  it('splits the protobuf body by trace and counts the invalid span', () => {
    const split = splitOtlpProtobuf(protobufBody);
    expect([...split.keys()]).toEqual(['4bf92f3577b34da6a3ce929d0e0e4736']);
    expect(split.acceptedSpans).toBe(2);
    expect(split.rejectedSpans).toBe(1);
    expect(split.firstRejectReason).toBe('resource_spans[1].scope_spans[0].spans[1]: trace id is all zeros');
  });

  it('reports bad input as ReceiverDecodeError with the path or reason', () => {
    const bad = () => decodeOtlpJson('{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"xyz"}]}]}]}');
    expect(bad).toThrow(ReceiverDecodeError);
    expect(bad).toThrow('resourceSpans[0].scopeSpans[0].spans[0].traceId: expected 32 hex characters, got "xyz"');
    expect(() => decodeOtlpJson('not json')).toThrow(/^OTLP\/JSON: the body is not valid JSON \(/);
    expect(() => decodeOtlpProtobuf(protobufBody.subarray(0, 20))).toThrow(ReceiverDecodeError);
    expect(() => splitOtlpProtobuf(protobufBody.subarray(0, 20))).toThrow(ReceiverDecodeError);
  });
});
