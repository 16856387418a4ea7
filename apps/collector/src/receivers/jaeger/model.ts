// The Jaeger span model shared by the Thrift (jaeger.thrift) and protobuf (jaeger.api_v2)
// decoders: both are read into this shape, then translated to OTLP by translate.ts.

/** A Jaeger tag / log field value. */
export type JaegerValue =
  | { type: 'string'; value: string }
  | { type: 'bool'; value: boolean }
  | { type: 'int64'; value: bigint }
  | { type: 'float64'; value: number }
  | { type: 'binary'; value: Uint8Array }
  | { type: 'unknown'; value: number };

/** A Jaeger tag. */
export interface JaegerTag {
  key: string;
  v: JaegerValue;
}

/** A Jaeger process: the service and its tags. */
export interface JaegerProcess {
  serviceName: string;
  tags: JaegerTag[];
}

/** A span reference. */
export interface JaegerRef {
  refType: 'CHILD_OF' | 'FOLLOWS_FROM';
  traceId: Uint8Array;
  spanId: Uint8Array;
}

/** A Jaeger span with ids as bytes and times in nanoseconds. */
export interface JaegerSpan {
  traceId: Uint8Array;
  spanId: Uint8Array;
  /** Thrift only: the explicit parent span id (all zeros when absent). */
  parentSpanId?: Uint8Array;
  operationName: string;
  references: JaegerRef[];
  flags: number;
  /** As sent (may be negative or beyond OTLP's unsigned 64-bit nanoseconds: translate.ts repairs that). */
  startNanos: bigint;
  durationNanos: bigint;
  tags: JaegerTag[];
  logs: { timestampNanos: bigint; fields: JaegerTag[] }[];
  /** api_v2 only: a span-level process that overrides the batch's. */
  process?: JaegerProcess;
}

/** A batch of spans from one process. */
export interface JaegerBatch {
  process?: JaegerProcess;
  spans: JaegerSpan[];
}
