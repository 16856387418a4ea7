import type { StructuredTrace } from '@tracehouse/model';
import { STRUCTURED_TRACES } from '@tracehouse/topics';

/**
 * The tag of `StructuredTrace.spans` (field 3, length-delimited) in
 * libs/model/proto/tracehouse/model/v1/model.proto: a repeated embedded RawSpan.
 */
const SPANS_TAG = (3 << 3) | 2;

function varintLength(n: number): number {
  let length = 1;
  while (n >= 0x80) {
    n >>>= 7;
    length++;
  }
  return length;
}

/**
 * Encodes a `structured-traces` record whose spans arrived already encoded (the raw-spans record
 * values), without encoding them again: the trace's own fields through the topic contract, then
 * each span's bytes as one more `spans` entry. Protobuf parsers accept fields in any order and
 * append repeated entries, so this decodes exactly like `STRUCTURED_TRACES.encode(trace)` (a unit
 * test holds the two side by side). It exists because re-encoding spans was half of the grouper's
 * CPU; the contract library offers no such encoder yet, which is the proper home for it.
 */
export function encodeTraceRecord(trace: StructuredTrace, spanBytes?: readonly Uint8Array[]): Buffer {
  if (spanBytes === undefined || spanBytes.length !== trace.spans.length) return STRUCTURED_TRACES.encode(trace);
  const head = STRUCTURED_TRACES.encode({ ...trace, spans: [] });
  let total = head.length;
  for (const b of spanBytes) total += 1 + varintLength(b.length) + b.length;
  const out = Buffer.allocUnsafe(total);
  head.copy(out, 0);
  let at = head.length;
  for (const b of spanBytes) {
    out[at++] = SPANS_TAG;
    let n = b.length;
    while (n >= 0x80) {
      out[at++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    out[at++] = n;
    out.set(b, at);
    at += b.length;
  }
  return out;
}
