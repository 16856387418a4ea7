// The decoders under fuzz, one entry each: the protocol label the collector's ingest path
// dispatches on (RECEIVERS), the real payloads mutations start from (the receivers' testdata,
// captured from real clients or copied from other projects' test data, origins in their
// README.md), and the structure-aware generators for that wire format. Adding a decoder is one
// entry here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { decodeExportTraceServiceRequest, encodeExportLogsServiceRequest, encodeExportTraceServiceRequest, otlpJsonToLogsData, otlpJsonToTracesData, tracesDataToOtlpJson } from '@tracehouse/otlp';
import { applyMutations, mutatedSeeds, mutationArbitrary } from './mutate';
import { parseJsonKeepingBigInts, postSpansRequestFromModelJson, REPO_ROOT, thriftBatchFromJson, toJaegerThrift, toOtlpProtobuf, toZipkinJson, zipkinV1ThriftFromJson, type SynthSpan } from './stages';
import { JAEGER_POST_SPANS, JAEGER_THRIFT_BATCH, OTLP_JSON, OTLP_REQUEST, pbMessage, shapedJson, thriftStruct, ZIPKIN_JSON, ZIPKIN_LIST_OF_SPANS } from './wire';

/** One decoder under fuzz. */
export interface FuzzTarget {
  /** For reports and fixture folders, e.g. `otlp-protobuf`. */
  readonly name: string;
  /** The protocol label of RECEIVERS whose decoder this runs. */
  readonly protocol: string;
  /** Real payloads: the seed corpus of the mutations. */
  readonly seeds: () => Uint8Array[];
  /** Structure-aware generators of this wire format (besides the mutations of the seeds). */
  readonly generators: () => Array<fc.Arbitrary<Uint8Array>>;
}

const RECEIVERS_DIR = join(REPO_ROOT, 'apps/collector/src/receivers');

/** The files of a receiver's testdata folder whose names end with `suffix`. */
export function files(folder: string, suffix: string): Buffer[] {
  const dir = join(RECEIVERS_DIR, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
}

const otlpJsonSeeds = (): Buffer[] => files('otlp/testdata', '.json');
/** OTLP/JSON logs: the OpenTelemetry JS logs SDK capture. */
const otlpLogsJsonSeeds = (): Buffer[] => files('otlp-logs/testdata', '.json');
/** Zipkin v1 bodies: the OpenTelemetry Collector's v1 batch and a zipkin-js v1 capture. */
const zipkinV1JsonSeeds = (): Buffer[] => [...files('zipkin/testdata', 'v1-single-batch.json'), ...files('zipkin/testdata', 'v1-client-and-server.json')];
const otlpProtobufSeeds = (): Uint8Array[] => [
  ...otlpJsonSeeds().map((j) => encodeExportTraceServiceRequest(otlpJsonToTracesData(JSON.parse(j.toString())))),
  // An otlp-spans record as the collector wrote it (a TracesData, the same wire shape).
  readFileSync(join(REPO_ROOT, 'apps/span-normalizer/src/testdata/previous-format/otlp-spans.v1.0.bin')),
];

const SERVICES = ['frontend', 'checkout', 'cart', 'payment', 'inventory'] as const;
const hex = (n: number): fc.Arbitrary<string> => fc.uint8Array({ minLength: n, maxLength: n }).map((b) => Buffer.from(b).toString('hex'));
const attrValue = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean());
const attributes = fc.dictionary(fc.oneof(fc.string({ maxLength: 16 }), fc.constantFrom('http.request.method', 'http.response.status_code', 'db.statement', 'error', 'span.kind', 'peer.service', 'url.full', 'authorization')), attrValue, { maxKeys: 6 });

/** Valid spans of the benchmark's model with arbitrary names, attributes and times, for the synthetic encoders. */
export const synthSpans: fc.Arbitrary<SynthSpan[]> = fc.array(
  fc.record({
    traceId: hex(16),
    spanId: hex(8),
    parentId: fc.option(hex(8), { nil: undefined }),
    service: fc.constantFrom(...SERVICES),
    name: fc.string({ maxLength: 30 }),
    kind: fc.constantFrom('SERVER', 'CLIENT', 'INTERNAL', 'PRODUCER') as fc.Arbitrary<SynthSpan['kind']>,
    startUs: fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constant(0), fc.constant(1_700_000_000_000_000)),
    durationUs: fc.integer({ min: 0, max: 2 ** 40 }),
    attributes,
    error: fc.boolean(),
    events: fc.array(fc.record({ timeUs: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), name: fc.string({ maxLength: 12 }), attributes }), { maxLength: 2 }),
  }),
  { minLength: 1, maxLength: 8 },
);

/** Every decoder the collector runs, in RECEIVERS order (OTLP/gRPC shares the OTLP protobuf decoder). */
export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  {
    name: 'otlp-protobuf',
    protocol: 'otlp_http_protobuf',
    seeds: otlpProtobufSeeds,
    generators: () => [pbMessage(OTLP_REQUEST), synthSpans.map(toOtlpProtobuf)],
  },
  {
    name: 'otlp-json',
    protocol: 'otlp_http_json',
    seeds: otlpJsonSeeds,
    generators: () => [
      shapedJson(OTLP_JSON).map((s) => Buffer.from(s)),
      synthSpans.map((spans) => Buffer.from(JSON.stringify(tracesDataToOtlpJson({ resource_spans: decodeExportTraceServiceRequest(toOtlpProtobuf(spans)).resource_spans ?? [] })))),
    ],
  },
  {
    name: 'jaeger-protobuf',
    protocol: 'jaeger_grpc',
    seeds: () => files('jaeger/testdata', 'trace.json').map((j) => postSpansRequestFromModelJson(JSON.parse(j.toString()) as { spans: [] })),
    generators: () => [pbMessage(JAEGER_POST_SPANS)],
  },
  {
    name: 'jaeger-thrift-binary',
    protocol: 'jaeger_thrift_http',
    seeds: () => [...files('jaeger/testdata', '.thrift.bin'), ...files('jaeger/testdata', 'batch-01.json').map((j) => thriftBatchFromJson(parseJsonKeepingBigInts(j.toString()) as Record<string, unknown>))],
    generators: () => [thriftStruct(JAEGER_THRIFT_BATCH), synthSpans.map((spans) => toJaegerThrift(spans)[0])],
  },
  {
    name: 'zipkin-json-v2',
    protocol: 'zipkin_json',
    seeds: () => files('zipkin/testdata', '.json'),
    generators: () => [shapedJson(ZIPKIN_JSON).map((s) => Buffer.from(s)), synthSpans.map(toZipkinJson)],
  },
  {
    name: 'zipkin-proto3',
    protocol: 'zipkin_proto3',
    seeds: () => files('zipkin/testdata', '.proto3.bin'),
    generators: () => [pbMessage(ZIPKIN_LIST_OF_SPANS)],
  },
  {
    name: 'zipkin-v1-json',
    protocol: 'zipkin_v1_json',
    seeds: zipkinV1JsonSeeds,
    generators: () => [],
  },
  {
    name: 'zipkin-v1-thrift',
    protocol: 'zipkin_v1_thrift',
    seeds: () => zipkinV1JsonSeeds().map((j) => zipkinV1ThriftFromJson(parseJsonKeepingBigInts(j.toString()) as Parameters<typeof zipkinV1ThriftFromJson>[0])),
    generators: () => [],
  },
  {
    name: 'jaeger-agent-compact',
    protocol: 'jaeger_agent_compact',
    seeds: () => files('jaeger/testdata', '.compact.bin'),
    generators: () => [],
  },
  {
    name: 'otlp-logs-protobuf',
    protocol: 'otlp_logs_http_protobuf',
    seeds: () => [...files('otlp-logs/testdata', '.pb.bin'), ...otlpLogsJsonSeeds().map((j) => encodeExportLogsServiceRequest(otlpJsonToLogsData(JSON.parse(j.toString()))))],
    generators: () => [],
  },
  {
    name: 'otlp-logs-json',
    protocol: 'otlp_logs_http_json',
    seeds: otlpLogsJsonSeeds,
    generators: () => [],
  },
  {
    name: 'jaeger-agent-binary',
    protocol: 'jaeger_agent_binary',
    seeds: () => files('jaeger/testdata', 'emitbatch.udp.bin'),
    generators: () => [],
  },
];

/**
 * Every input of a target: mostly mutations of its seeds, then its structure-aware generators,
 * then mutations of what they generate (valid structure, broken bytes), and the seeds as they are.
 */
export function inputsOf(target: FuzzTarget): fc.Arbitrary<Uint8Array> {
  const seeds = target.seeds();
  if (seeds.length === 0) throw new Error(`Fuzz target ${target.name} has no seeds: add real payloads to its testdata folder.`);
  const generated = target.generators();
  const structured = generated.length > 0 ? fc.oneof(...generated) : fc.constantFrom(...seeds);
  return fc.oneof(
    { weight: 10, arbitrary: mutatedSeeds(seeds) },
    { weight: 6, arbitrary: structured },
    { weight: 3, arbitrary: fc.tuple(structured, fc.array(mutationArbitrary(seeds.length), { minLength: 1, maxLength: 4 })).map(([body, mutations]) => applyMutations(body, mutations, seeds)) },
    { weight: 1, arbitrary: fc.constantFrom(...seeds) },
  );
}
