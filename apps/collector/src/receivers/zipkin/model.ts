// The Zipkin v2 span model shared by the JSON and proto3 decoders, the per-request identity
// rules (identity.ts) and the translation to OTLP (decode.ts).
import type { AnyValue } from '@tracehouse/otlp';

/** A Zipkin endpoint after decoding either wire format. */
export interface ZipkinEndpoint {
  serviceName: string;
  ipv4?: string;
  ipv6?: string;
  port: number;
}

/** A Zipkin v2 span after decoding either wire format, before translation. */
export interface ZipkinSpan {
  traceId: Uint8Array;
  id: Uint8Array;
  parentId?: Uint8Array;
  kind: string;
  name: string;
  /** Epoch microseconds; 0 when absent. */
  timestamp: bigint;
  duration: bigint;
  localEndpoint?: ZipkinEndpoint;
  remoteEndpoint?: ZipkinEndpoint;
  annotations: { timestamp: bigint; value: string }[];
  /** In the sender's order: tag order decides attribute order. */
  tags: Map<string, string>;
  shared: boolean;
  /**
   * Zipkin v1 only: tags whose binary annotation had a type other than string (Thrift BOOL, I16,
   * I32, I64, DOUBLE, BYTES; JSON booleans and numbers), as the typed attribute to write. `tags`
   * still holds their text, which the status and kind rules read.
   */
  typedTags?: Map<string, AnyValue>;
  /**
   * What the collector repaired on this span (another id than the sender's, a time it could not
   * carry; ARCHITECTURE.md "Identity"), as full sentences carried in the `tracehouse.warning`
   * attribute.
   */
  warnings?: string[];
}

