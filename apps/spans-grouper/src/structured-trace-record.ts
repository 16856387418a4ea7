import type { StructuredTrace } from '@tracehouse/model';
import { STRUCTURED_TRACES } from '@tracehouse/topics';

/**
 * The grouper's `structured-traces` encoder: spans whose bytes arrived with them (the raw-spans
 * entries, unchanged by the identity rules) are copied in rather than encoded again, which was
 * half of the grouper's CPU; see `STRUCTURED_TRACES.encodeSpliced`.
 */
export function encodeTraceRecord(trace: StructuredTrace, spanBytes?: readonly Uint8Array[]): Buffer {
  return STRUCTURED_TRACES.encodeSpliced(trace, spanBytes);
}
