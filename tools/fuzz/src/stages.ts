// The stages the fuzzing harness runs back to back, in one process and through their real
// code: the collector's receivers and ingest path (decode, split, sample, the records it would
// write) and the span-normalizer's handler (what it does with each record), or for logs the
// view-generator's log handler. No library holds both,
// so this file is the one place where a tool reaches into apps; it is test tooling (type:testing),
// never imported by shipped code, and it imports only what the harness drives.
/* eslint-disable @nx/enforce-module-boundaries */
export { Ingest, type SinkRecord, type SpanSink, type IngestOutcome } from '../../../apps/collector/src/ingest';
export { IngestError } from '../../../apps/collector/src/reasons';
export { CollectorTelemetry } from '../../../apps/collector/src/telemetry';
export { RECEIVERS } from '../../../apps/collector/src/receivers';
export { toJaegerThrift, toOtlpProtobuf, toZipkinJson, type SynthSpan } from '../../../apps/collector/bench/synthetic';
export { postSpansRequestFromModelJson, thriftBatchFromJson, parseJsonKeepingBigInts } from '../../../apps/collector/src/receivers/jaeger/testdata/encode';
export { zipkinV1ThriftFromJson } from '../../../apps/collector/src/receivers/zipkin/testdata/encode-v1-thrift';
export { SpanNormalizerHandler } from '../../../apps/span-normalizer/src/span-normalizer.handler';
export { SpanNormalizer } from '../../../apps/span-normalizer/src/span-normalizer.processor';
export { DEFAULT_REDACT_KEYS, DEFAULT_REDACT_QUERY_PARAMS } from '../../../apps/span-normalizer/src/config/span-normalizer.config';
export { LogsHandler } from '../../../apps/view-generator/src/logs/logs.handler';
/* eslint-enable @nx/enforce-module-boundaries */

import { join } from 'node:path';

/** The repository root (this file is tools/fuzz/src/stages.ts, or its compiled copy under dist/). */
export const REPO_ROOT = join(__dirname, __dirname.includes('/dist/') ? '../../../..' : '../../..');
