// Codecs between the domain model (types.ts) and the protobuf messages of
// proto/tracehouse/model/v1/model.proto: every producer and consumer of `raw-spans`,
// `structured-traces` and `enriched-traces` goes through these functions.
//
// They read and write the wire format directly (@tracehouse/wire) instead of going through the protobufjs
// generated classes: no intermediate message objects, no Long values, one reused write buffer.
// Field numbers below are those of model.proto; specs check every field, byte for byte, against
// the generated code (testdata/reference-codec.ts), so the two cannot drift apart unnoticed.
//
// Spans inside a StructuredTrace do not repeat the trace's tenant and trace id on the wire.
// Strings that are not valid UTF-8 read with U+FFFD in place of the bad bytes (as Node decodes),
// rather than failing the message: we write these messages ourselves, so that is a sender bug
// better seen in the data than a span lost to the DLQ.
import { type AttributeValue, type Attributes, setAttribute } from './attributes';
import { ModelDecodeError, ModelEncodeError, type ModelMessageType } from './errors';
import { SPAN_ID_BYTES, TRACE_ID_BYTES, hexOfRange, isAllZeroRange } from '@tracehouse/identity';
import { WireReader, WireType, WireWriter, readField, varintSize, wireField, writeVarint } from '@tracehouse/wire';
import {
  API_STATUSES,
  CALLEE_KINDS,
  PROTOCOLS,
  SPAN_KINDS,
  SPAN_ROLES,
  STATUS_CODES,
  type CallEdge,
  type DbInfo,
  type ErrorInfo,
  type HttpInfo,
  type MessagingInfo,
  type DecodedRawSpanFragment,
  type PeerInfo,
  type RawSpan,
  type RawSpanFragment,
  type RpcInfo,
  type SpanEdge,
  type SpanEnrichment,
  type SpanEvent,
  type SpanLink,
  type StructuredTrace,
  type TraceEnrichment,
  type TraceSampling,
} from './types';
import { checkStructuredTrace } from './trace-rules';

// Wire types: a tag is (field number << 3) | wire type. Local constants, so that `case` labels
// like `(16 << 3) | LEN` stay constant expressions for the optimizer.
const VARINT = WireType.VARINT;
const I64 = WireType.I64;
const LEN = WireType.LEN;
const I32 = WireType.I32;
/** How deep attribute values may nest (arrays in maps in arrays ...): bounds recursion on bad input. */
const MAX_VALUE_DEPTH = 64;

const U64_MAX = (1n << 64n) - 1n;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

/** Encoding is synchronous, so one buffer serves every call; finish() copies the result out. */
const writer = new WireWriter();

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/**
 * encodeRawSpan writes a span as a `RawSpan` protobuf message (the value of a `raw-spans` record).
 * The result is a fresh buffer owned by the caller; the span is not modified.
 *
 * @throws ModelEncodeError when an id is not hex of its width or is all zeros, a timestamp is not
 *   a uint64 bigint, a ms count is not an integer, or an attribute bigint is outside int64.
 */
export function encodeRawSpan(span: RawSpan): Uint8Array {
  writer.reset();
  try {
    writeRawSpan(writer, span, 'RawSpan', -1, undefined);
    return writer.finish();
  } catch (err) {
    writer.reset();
    throw asEncodeError(err, 'RawSpan');
  }
}

/**
 * decodeRawSpan reads a `RawSpan` protobuf message. The result shares no memory with `bytes`.
 * Fields this version does not know are skipped.
 *
 * @throws ModelDecodeError when the bytes are not a RawSpan, or its trace id is not 16 bytes,
 *   its span id not 8 bytes, its parent span id neither empty nor 8 bytes, or an id is all zeros.
 */
export function decodeRawSpan(bytes: Uint8Array): RawSpan {
  const r = readerFor(bytes, 'RawSpan');
  try {
    return readRawSpan(r, r.length, 'RawSpan', -1);
  } catch (err) {
    throw asDecodeError(err, 'RawSpan', r.length);
  }
}

/**
 * encodeStructuredTrace writes a trace as a `StructuredTrace` protobuf message (the value of a
 * `structured-traces` or `enriched-traces` record). The result is a fresh buffer owned by the
 * caller.
 *
 * `spanBytes`, when given, holds each span of `trace.spans` already encoded (`encodeRawSpan`, or a
 * span's bytes as read from a record): they are copied in instead of encoded again, as
 * {@link encodeRawSpanFragment} does. A span written whole carries its tenant and trace id, which
 * readers accept, so the record decodes exactly as without `spanBytes`.
 *
 * @throws ModelEncodeError as {@link encodeRawSpan} does, naming the span (`spans[2].spanId`), and
 *   when a span's tenantId or traceId differs from the trace's, or `spanBytes` does not hold one
 *   entry per span.
 */
export function encodeStructuredTrace(trace: StructuredTrace, spanBytes?: readonly Uint8Array[]): Uint8Array {
  writer.reset();
  try {
    writeStructuredTrace(writer, trace, spanBytes);
    return writer.finish();
  } catch (err) {
    writer.reset();
    throw asEncodeError(err, 'StructuredTrace');
  }
}

/**
 * decodeStructuredTrace reads a `StructuredTrace` protobuf message. Spans that leave tenant_id or
 * trace_id empty get the trace's. The result shares no memory with `bytes`.
 *
 * @throws ModelDecodeError when the bytes are not a StructuredTrace, an id is invalid (as for
 *   {@link decodeRawSpan}, naming the span), or the trace breaks one of the rules of
 *   {@link checkStructuredTrace} (a span of another trace or tenant, an edge or root index outside
 *   `spans`, a self-parent, a duplicate span id, a parent cycle, ...).
 */
export function decodeStructuredTrace(bytes: Uint8Array): StructuredTrace {
  const r = readerFor(bytes, 'StructuredTrace');
  try {
    return readStructuredTrace(r);
  } catch (err) {
    throw asDecodeError(err, 'StructuredTrace', r.length);
  }
}

/** A StructuredTrace as decoded, with each span's bytes as they were read. */
export interface DecodedStructuredTrace {
  readonly trace: StructuredTrace;
  /**
   * `spanBytes[i]` is the RawSpan of `trace.spans[i]` as it stands in the record (tenant and trace
   * id possibly left out, as the writer chose): views into the decoded bytes, valid as long as they are.
   */
  readonly spanBytes: Uint8Array[];
}

/**
 * What a stage reads of each span when it writes spans on from their bytes: every field except the
 * attributes (only the named keys are read), the resource attributes (not read) and the events
 * (names and times only, no attributes). Made by {@link spanProjection}.
 */
export class SpanProjection {
  /** The attribute keys to read, as UTF-8, by byte length (a key is compared only with keys of its length). */
  private readonly byLength = new Map<number, Buffer[]>();
  readonly attributeKeys: readonly string[];

  constructor(attributeKeys: readonly string[]) {
    this.attributeKeys = [...new Set(attributeKeys)].sort();
    for (const key of this.attributeKeys) {
      const bytes = Buffer.from(key, 'utf8');
      const list = this.byLength.get(bytes.length);
      if (list === undefined) this.byLength.set(bytes.length, [bytes]);
      else list.push(bytes);
    }
  }

  /**
   * Whether the key in `buf[start, end)` is one to read. Compared byte by byte here: keys are short,
   * and `Buffer.compare` with ranges cost about 55 ns more per key (argument checks and a call into
   * C++), about 0.8 us per span in the trace-enricher, which reads every span's keys this way.
   */
  reads(buf: Buffer, start: number, end: number): boolean {
    const candidates = this.byLength.get(end - start);
    if (candidates === undefined) return false;
    const n = end - start;
    next: for (let c = 0; c < candidates.length; c++) {
      const key = candidates[c] as Buffer;
      for (let i = 0; i < n; i++) if (buf[start + i] !== key[i]) continue next;
      return true;
    }
    return false;
  }
}

/** A {@link SpanProjection} reading these attribute keys. */
export function spanProjection(attributeKeys: readonly string[]): SpanProjection {
  return new SpanProjection(attributeKeys);
}

/**
 * The attribute objects of spans decoded with a {@link SpanProjection}. The mark sits on the
 * attributes rather than the span so that a copy (`{ ...span, parentSpanId: '' }`) carries it:
 * such a copy lacks the same fields, and the encoder refuses it (see {@link isProjectedSpan}).
 */
const PROJECTED_ATTRIBUTES = new WeakSet<Attributes>();

/**
 * Whether the span (or a copy of it) was decoded with a {@link SpanProjection}, so lacks the
 * attributes, resource attributes and event attributes the projection did not read. Encoding such
 * a span throws ModelEncodeError: write it from its bytes, or {@link decodeWholeSpan} it first.
 */
export function isProjectedSpan(span: RawSpan): boolean {
  return PROJECTED_ATTRIBUTES.has(span.attributes);
}

/**
 * `span` whole: itself when it was decoded whole, else decoded again from `bytes`, the RawSpan it
 * was read from (as a fragment's `spanBytes` give it), with the tenant and trace id it was read
 * with (a fragment's span may leave them to the fragment). For a stage that decodes with a
 * projection and must change a span now and then.
 *
 * @throws ModelDecodeError when `bytes` are missing for a projected span, or are not a RawSpan.
 */
export function decodeWholeSpan(span: RawSpan, bytes: Uint8Array | undefined): RawSpan {
  if (!PROJECTED_ATTRIBUTES.has(span.attributes)) return span;
  if (bytes === undefined) {
    throw new ModelDecodeError(`span ${span.spanId} was decoded with a projection and its bytes are gone: it cannot be read whole`, { messageType: 'RawSpan' });
  }
  const r = readerFor(bytes, 'RawSpan');
  let whole: RawSpan;
  try {
    // As a nested span (index 0): the trace id may be left to the fragment.
    whole = readRawSpan(r, r.length, 'RawSpan', 0);
  } catch (err) {
    throw asDecodeError(err, 'RawSpan', r.length);
  }
  whole.tenantId = span.tenantId;
  whole.traceId = span.traceId;
  return whole;
}

/**
 * decodeStructuredTraceSpans reads a `StructuredTrace` as {@link decodeStructuredTrace} does and
 * also returns each span's bytes, so a stage that only adds to the spans can write them back
 * without encoding them again ({@link encodeEnrichedTrace}).
 *
 * With a `projection`, spans hold only what it names (see {@link SpanProjection}): most of a
 * span's decode time is its attributes, which a stage that splices its output never needs whole.
 * Such spans must not be encoded (the unread fields would be lost): write them from `spanBytes`.
 * Unread attribute and event values are checked for their framing only.
 *
 * @throws ModelDecodeError as {@link decodeStructuredTrace}.
 */
export function decodeStructuredTraceSpans(bytes: Uint8Array, projection?: SpanProjection): DecodedStructuredTrace {
  const r = readerFor(bytes, 'StructuredTrace');
  const spanBytes: Uint8Array[] = [];
  try {
    return { trace: readStructuredTrace(r, spanBytes, projection), spanBytes };
  } catch (err) {
    throw asDecodeError(err, 'StructuredTrace', r.length);
  }
}

/**
 * encodeEnrichedTrace writes an enriched trace (an `enriched-traces` record) from the bytes its
 * spans were read with: each span is copied from `spanBytes` with its `enrichment` appended
 * (RawSpan field 40), instead of being encoded again field by field. It decodes exactly as
 * {@link encodeStructuredTrace}'s output does, provided the bytes held no enrichment of their own
 * (a protobuf reader merges two occurrences of a message field): callers check that the decoded
 * spans had none. Trace-level fields, edges and the trace's enrichment are written from `trace`.
 *
 * @throws ModelEncodeError as {@link encodeStructuredTrace}, and when `spanBytes` does not hold
 *   one entry per span.
 */
export function encodeEnrichedTrace(trace: StructuredTrace, spanBytes: readonly Uint8Array[]): Uint8Array {
  writer.reset();
  try {
    writeStructuredTrace(writer, trace, spanBytes, true);
    return writer.finish();
  } catch (err) {
    writer.reset();
    throw asEncodeError(err, 'StructuredTrace');
  }
}

/**
 * encodeRawSpanFragment writes the spans of one trace as a `RawSpanFragment` protobuf message in
 * format 3 (the value of a `raw-spans` record): each run of consecutive spans that share a resource
 * and scope is a group that writes them once, and its spans leave out tenant and trace id, which
 * the fragment holds. The result is a fresh buffer owned by the caller.
 *
 * @throws ModelEncodeError as {@link encodeRawSpan} does, naming the span (`spans[2].spanId`),
 *   and when a span's tenantId or traceId differs from the fragment's.
 */
export function encodeRawSpanFragment(fragment: RawSpanFragment): Uint8Array {
  writer.reset();
  try {
    writeRawSpanFragment(writer, fragment);
    return writer.finish();
  } catch (err) {
    writer.reset();
    throw asEncodeError(err, 'RawSpanFragment');
  }
}

/**
 * Writes the spans of one trace as as few `RawSpanFragment` messages as fit, each at most
 * `maxBytes` long, in span order: one message when the whole fragment fits (the common case, a
 * single pass over the spans), else consecutive runs of spans. `spanBytes`, when given, holds each
 * span as encodeRawSpan writes it (computed here otherwise): a span takes no more room in a
 * fragment than that, so runs are cut by those sizes.
 *
 * @throws ModelEncodeError as {@link encodeRawSpanFragment} does, and when one span alone does
 *   not fit in `maxBytes` (naming it): the caller makes such a span smaller first.
 */
export function encodeRawSpanFragments(fragment: RawSpanFragment, maxBytes: number, spanBytes?: readonly Uint8Array[]): Uint8Array[] {
  const whole = encodeRawSpanFragment(fragment);
  if (whole.length <= maxBytes) return [whole];
  const bytes = spanBytes ?? fragment.spans.map((s) => encodeRawSpan(s));
  const head = encodeRawSpanFragment({ tenantId: fragment.tenantId, traceId: fragment.traceId, spans: [] }).length;
  const out: Uint8Array[] = [];
  let from = 0;
  let size = head;
  for (let i = 0; i <= fragment.spans.length; i++) {
    const entry = i < bytes.length ? 1 + varintSize(bytes[i].length) + bytes[i].length : 0;
    if (i === fragment.spans.length || (size + entry > maxBytes && i > from)) {
      out.push(encodeRawSpanFragment({ ...fragment, spans: fragment.spans.slice(from, i) }));
      from = i;
      size = head;
    }
    if (i < fragment.spans.length && head + entry > maxBytes) {
      throw encodeError('RawSpanFragment', i, 'spanId', `(${fragment.spans[i].spanId}) encodes to ${bytes[i].length} bytes: with the fragment's own fields that exceeds the ${maxBytes}-byte limit`);
    }
    size += entry;
  }
  return out;
}

/**
 * decodeRawSpanFragment reads a `RawSpanFragment` protobuf message of format 2 (`spans`) or 3
 * (`groups`). A span gets the fragment's tenant and trace id, and its group's resource and scope.
 * The spans share no memory with `bytes`. `spanBytes` holds each span as a complete RawSpan
 * message, byte for byte what encodeRawSpan writes for it (so the same span read from a format-2
 * and a format-3 record has the same bytes): views into `bytes` for format 2, into one buffer
 * made here for format 3.
 * With a `projection`, spans hold only what it names, as for {@link decodeStructuredTraceSpans}:
 * write them from `spanBytes`, or {@link decodeWholeSpan} one before changing it.
 *
 * @throws ModelDecodeError when the bytes are not a RawSpanFragment, an id is invalid (as for
 *   {@link decodeRawSpan}, naming the span), or a span names another trace or tenant.
 */
export function decodeRawSpanFragment(bytes: Uint8Array, projection?: SpanProjection): DecodedRawSpanFragment {
  const r = readerFor(bytes, 'RawSpanFragment');
  try {
    return readRawSpanFragment(r, projection);
  } catch (err) {
    throw asDecodeError(err, 'RawSpanFragment', r.length);
  }
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The field path within the message: `span_id` or, for a span inside a trace, `spans[2].span_id`. */
function fieldPath(index: number, field: string): string {
  return index < 0 ? field : `spans[${index}].${field}`;
}

function decodeError(type: ModelMessageType, index: number, field: string, detail: string): ModelDecodeError {
  const path = fieldPath(index, field);
  return new ModelDecodeError(`${type}.${path} ${detail}.`, { messageType: type, field: path });
}

function encodeError(
  type: ModelMessageType,
  index: number,
  field: string,
  detail: string,
  cause?: unknown,
): ModelEncodeError {
  const path = fieldPath(index, field);
  return new ModelEncodeError(`${type}.${path} ${detail}.`, { messageType: type, field: path, cause });
}

function readerFor(bytes: Uint8Array, type: ModelMessageType): WireReader {
  if (!(bytes instanceof Uint8Array)) {
    throw new ModelDecodeError(`${type} could not be decoded: expected bytes, got ${typeof bytes}.`, { messageType: type });
  }
  return new WireReader(bytes);
}

function asDecodeError(err: unknown, type: ModelMessageType, size: number): ModelDecodeError {
  if (err instanceof ModelDecodeError) return err;
  return new ModelDecodeError(`${type} could not be decoded from ${size} bytes: ${errorText(err)}.`, {
    messageType: type,
    cause: err,
  });
}

function asEncodeError(err: unknown, type: ModelMessageType): ModelEncodeError {
  if (err instanceof ModelEncodeError) return err;
  return new ModelEncodeError(`${type} could not be encoded: ${errorText(err)}.`, { messageType: type, cause: err });
}

// ---------------------------------------------------------------------------------------------
// Enums and ids
// ---------------------------------------------------------------------------------------------

/** Maps an enum's names to their numbers (the array index). */
function enumNumbers<T extends string>(names: readonly T[]): Record<T, number> {
  const out = {} as Record<T, number>;
  names.forEach((name, i) => {
    out[name] = i;
  });
  return out;
}

const SPAN_KIND_NUMBER = enumNumbers(SPAN_KINDS);
const STATUS_CODE_NUMBER = enumNumbers(STATUS_CODES);
const SPAN_ROLE_NUMBER = enumNumbers(SPAN_ROLES);
const PROTOCOL_NUMBER = enumNumbers(PROTOCOLS);
const API_STATUS_NUMBER = enumNumbers(API_STATUSES);
const CALLEE_KIND_NUMBER = enumNumbers(CALLEE_KINDS);

/**
 * Reads an enum number as its name. A number this version does not know (written by a newer
 * one) reads as the enum's zero value rather than failing the whole message.
 */
function enumName<T extends string>(names: readonly T[], n: number): T {
  return names[n] ?? names[0];
}

interface IdRules {
  optional: boolean;
  zeroAllowed: boolean;
}

const REQUIRED_ID: IdRules = { optional: false, zeroAllowed: false };
const OPTIONAL_ID: IdRules = { optional: true, zeroAllowed: false };
// OpenTelemetry keeps links to invalid span contexts when they carry attributes.
const LINK_ID: IdRules = { optional: true, zeroAllowed: true };

/** Reads the id at buf[start..end) (start -1: absent) as hex, checking width and zeros. */
function readId(
  r: WireReader,
  start: number,
  end: number,
  byteLength: number,
  what: string,
  field: string,
  type: ModelMessageType,
  index: number,
  rules: IdRules,
): string {
  const len = start < 0 ? 0 : end - start;
  if (len === 0) {
    if (rules.optional) return '';
    throw decodeError(type, index, field, `is missing; a ${what} has ${byteLength} bytes`);
  }
  if (len !== byteLength) throw decodeError(type, index, field, `has ${len} bytes; a ${what} has ${byteLength}`);
  if (!rules.zeroAllowed && isAllZeroRange(r.buf, start, end)) {
    throw decodeError(type, index, field, `is all zeros, which is not a valid ${what}`);
  }
  return hexOfRange(r.buf, start, end);
}

/** Writes a hex id as bytes; '' writes nothing where the id is optional. */
function writeId(
  w: WireWriter,
  tag: number,
  hex: string,
  byteLength: number,
  what: string,
  field: string,
  type: ModelMessageType,
  index: number,
  rules: IdRules,
): void {
  if (hex.length !== byteLength * 2) {
    if (rules.optional && hex.length === 0) return;
    throw encodeError(type, index, field, `is ${JSON.stringify(hex)}; a ${what} is ${byteLength * 2} hex digits`);
  }
  w.uint32(tag);
  let zero: boolean;
  try {
    zero = w.hexBytes(hex);
  } catch (cause) {
    throw encodeError(type, index, field, `is not hex (${errorText(cause)})`, cause);
  }
  if (zero && !rules.zeroAllowed) throw encodeError(type, index, field, `is all zeros, which is not a valid ${what}`);
}

// ---------------------------------------------------------------------------------------------
// Scalar writers: proto3 leaves out fields at their default (''/0/false), as protobufjs does.
// ---------------------------------------------------------------------------------------------

function writeString(w: WireWriter, tag: number, v: string | undefined): void {
  if (v) {
    w.uint32(tag);
    w.string(v);
  }
}

function writeUint32(w: WireWriter, tag: number, v: number | undefined): void {
  if (v) {
    w.uint32(tag);
    w.uint32(v);
  }
}

/** int32 and enums; `present` writes 0 too, for proto3 `optional` fields. */
function writeInt32(w: WireWriter, tag: number, v: number | undefined, present = false): void {
  if (v || (present && v !== undefined)) {
    w.uint32(tag);
    w.int32(v);
  }
}

function writeBool(w: WireWriter, tag: number, v: boolean): void {
  if (v) {
    w.uint32(tag);
    w.uint32(1);
  }
}

function writeFixed32(w: WireWriter, tag: number, v: number): void {
  if (v) {
    w.uint32(tag);
    w.fixed32(v);
  }
}

function writeTimestamp(w: WireWriter, tag: number, v: bigint, field: string, type: ModelMessageType, index: number): void {
  if (typeof v !== 'bigint' || v < 0n || v > U64_MAX) {
    throw encodeError(type, index, field, `is ${String(v)} (${typeof v}); it must be a bigint in uint64 range`);
  }
  if (v !== 0n) {
    w.uint32(tag);
    w.fixed64(v);
  }
}

/** int64 from a number (ms counts, sizes); `present` writes 0 too, for proto3 `optional` fields. */
function writeInt64Number(
  w: WireWriter,
  tag: number,
  v: number | undefined,
  field: string,
  type: ModelMessageType,
  index: number,
  present = false,
): void {
  if (v === undefined && present) return;
  if (!Number.isSafeInteger(v)) throw encodeError(type, index, field, `is ${String(v)}; it must be an integer`);
  if (v !== 0 || present) {
    w.uint32(tag);
    w.int64Number(v as number);
  }
}

// ---------------------------------------------------------------------------------------------
// Attributes: repeated KeyValue { 1: key, 2: AnyValue }; AnyValue is a oneof of
// 1 string, 2 bool, 3 int64, 4 double, 5 ArrayValue { 1: repeated AnyValue },
// 6 KeyValueList { 1: repeated KeyValue }, 7 bytes.
// ---------------------------------------------------------------------------------------------

/** Tells whether a value can be written; `undefined` (possible from untyped callers) is left out. */
function isEncodable(v: unknown): boolean {
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'bigint' || t === 'boolean' || (t === 'object' && v !== null);
}

function writeAttributes(w: WireWriter, tag: number, attrs: Attributes, depth: number): void {
  for (const key in attrs) {
    const v = attrs[key];
    if (!isEncodable(v)) continue;
    w.uint32(tag);
    const kv = w.begin();
    writeString(w, (1 << 3) | LEN, key);
    w.uint32((2 << 3) | LEN);
    const any = w.begin();
    writeAnyValueBody(w, v, key, depth);
    w.end(any);
    w.end(kv);
  }
}

function writeAnyValueBody(w: WireWriter, v: AttributeValue, key: string, depth: number): void {
  switch (typeof v) {
    case 'string':
      w.uint32((1 << 3) | LEN);
      w.string(v);
      return;
    case 'boolean':
      w.uint32((2 << 3) | VARINT);
      w.uint32(v ? 1 : 0);
      return;
    case 'bigint':
      if (v < I64_MIN || v > I64_MAX) throw new RangeError(`attribute ${JSON.stringify(key)} is ${v}, outside int64`);
      w.uint32((3 << 3) | VARINT);
      w.int64(v);
      return;
    case 'number':
      w.uint32((4 << 3) | I64);
      w.double(v);
      return;
  }
  if (depth >= MAX_VALUE_DEPTH) {
    throw new RangeError(`attribute ${JSON.stringify(key)} nests deeper than ${MAX_VALUE_DEPTH} levels`);
  }
  if (v instanceof Uint8Array) {
    w.uint32((7 << 3) | LEN);
    w.bytes(v);
  } else if (Array.isArray(v)) {
    w.uint32((5 << 3) | LEN);
    const arr = w.begin();
    for (let i = 0; i < v.length; i++) {
      const item = v[i];
      if (!isEncodable(item)) continue;
      w.uint32((1 << 3) | LEN);
      const any = w.begin();
      writeAnyValueBody(w, item, key, depth + 1);
      w.end(any);
    }
    w.end(arr);
  } else {
    w.uint32((6 << 3) | LEN);
    const list = w.begin();
    writeAttributes(w, (1 << 3) | LEN, v, depth + 1);
    w.end(list);
  }
}

/** Reads one KeyValue into `attrs`; a value with nothing set (OTLP's "no value") is left out. */
function readKeyValue(r: WireReader, end: number, attrs: Attributes, depth: number): void {
  let key = '';
  let value: AttributeValue | undefined;
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | LEN:
        key = r.string();
        break;
      case (2 << 3) | LEN:
        value = readAnyValue(r, r.len(), depth);
        break;
      default:
        r.skip(tag);
    }
  }
  r.expectEnd(end, 'a KeyValue');
  if (value !== undefined) setAttribute(attrs, key, value);
}

/** Reads a KeyValue into `attrs` only when `projection` names its key; else checks its framing. */
function readProjectedKeyValue(r: WireReader, end: number, attrs: Attributes, projection: SpanProjection): void {
  let keyStart = -1;
  let keyEnd = -1;
  let valueStart = -1;
  let valueEnd = -1;
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === ((1 << 3) | LEN)) {
      keyEnd = r.len();
      keyStart = r.pos;
      r.pos = keyEnd;
    } else if (tag === ((2 << 3) | LEN)) {
      valueEnd = r.len();
      valueStart = r.pos;
      r.pos = valueEnd;
    } else r.skip(tag);
  }
  r.expectEnd(end, 'a KeyValue');
  if (valueStart < 0 || keyStart < 0 || !projection.reads(r.buf, keyStart, keyEnd)) return;
  r.pos = valueStart;
  const value = readAnyValue(r, valueEnd, 0);
  r.pos = end;
  if (value !== undefined) setAttribute(attrs, r.buf.toString('utf8', keyStart, keyEnd), value);
}

function readAnyValue(r: WireReader, end: number, depth: number): AttributeValue | undefined {
  if (depth >= MAX_VALUE_DEPTH) throw new RangeError(`attribute values nest deeper than ${MAX_VALUE_DEPTH} levels`);
  // The last member on the wire wins, as for any oneof.
  let v: AttributeValue | undefined;
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | LEN:
        v = r.string();
        break;
      case (2 << 3) | VARINT:
        v = r.bool();
        break;
      case (3 << 3) | VARINT:
        v = r.int64();
        break;
      case (4 << 3) | I64:
        v = r.double();
        break;
      case (5 << 3) | LEN: {
        const arrEnd = r.len();
        const arr: AttributeValue[] = [];
        while (r.pos < arrEnd) {
          const t = r.tag();
          if (t === ((1 << 3) | LEN)) {
            const item = readAnyValue(r, r.len(), depth + 1);
            if (item !== undefined) arr.push(item);
          } else r.skip(t);
        }
        r.expectEnd(arrEnd, 'an ArrayValue');
        v = arr;
        break;
      }
      case (6 << 3) | LEN: {
        const listEnd = r.len();
        const map: Attributes = {};
        while (r.pos < listEnd) {
          const t = r.tag();
          if (t === ((1 << 3) | LEN)) readKeyValue(r, r.len(), map, depth + 1);
          else r.skip(t);
        }
        r.expectEnd(listEnd, 'a KeyValueList');
        v = map;
        break;
      }
      case (7 << 3) | LEN:
        v = r.bytesCopy();
        break;
      default:
        r.skip(tag);
    }
  }
  r.expectEnd(end, 'an AnyValue');
  return v;
}

// ---------------------------------------------------------------------------------------------
// RawSpan
// ---------------------------------------------------------------------------------------------

/**
 * `trace` is set when the span is written inside a StructuredTrace: the span must then have the
 * trace's tenant and trace id, which are not repeated on the wire.
 */
/**
 * The last resource written within one message and its encoded field-14 entries: the spans of one
 * resource share its attributes object (the normalizer translates a resource once), so a fragment
 * or trace of many spans encodes each resource once and copies the bytes for the rest. Scoped to
 * one encode call, so an object changed between calls is never served stale.
 */
interface ResourceMemo {
  attrs: Attributes | undefined;
  bytes: Uint8Array;
}

const newResourceMemo = (): ResourceMemo => ({ attrs: undefined, bytes: new Uint8Array(0) });

function writeResourceAttributes(w: WireWriter, attrs: Attributes, memo: ResourceMemo | undefined): void {
  if (memo === undefined) {
    writeAttributes(w, (14 << 3) | LEN, attrs, 0);
    return;
  }
  if (memo.attrs === attrs) {
    w.raw(memo.bytes);
    return;
  }
  const start = w.pos;
  writeAttributes(w, (14 << 3) | LEN, attrs, 0);
  memo.attrs = attrs;
  // A copy (Buffer#slice would be a view): the writer's buffer moves and is rewritten as the message grows.
  memo.bytes = Uint8Array.prototype.slice.call(w.buf, start, w.pos);
}

/** RawSpan fields 14-16 (resource attributes, scope name and version), as writeRawSpan writes them. */
function writeSpanResourceRest(w: WireWriter, s: RawSpan, resources: ResourceMemo | undefined): void {
  writeResourceAttributes(w, s.resourceAttributes, resources);
  writeString(w, (15 << 3) | LEN, s.scopeName);
  writeString(w, (16 << 3) | LEN, s.scopeVersion);
}

/** A SpanResource's fields: `s`'s RawSpan fields 12 and 14-16, with their numbers, in that order. */
function writeSpanResource(w: WireWriter, s: RawSpan, resources: ResourceMemo): void {
  writeString(w, (12 << 3) | LEN, s.serviceName);
  writeSpanResourceRest(w, s, resources);
}

/**
 * Writes `s`'s fields. With a `trace` (the StructuredTrace or fragment holding it) tenant and trace
 * id are left out, after checking they are the trace's. `withoutResource`: service, resource and
 * scope fields are left out too (a format-3 fragment's group writes them once, see writeSpanResource).
 */
function writeRawSpan(
  w: WireWriter,
  s: RawSpan,
  type: ModelMessageType,
  index: number,
  trace: Pick<StructuredTrace, 'tenantId' | 'traceId'> | undefined,
  resources?: ResourceMemo,
  withoutResource = false,
): void {
  if (PROJECTED_ATTRIBUTES.has(s.attributes)) {
    throw encodeError(type, index, 'attributes', 'were decoded with a projection (only some keys read): written field by field the span would lose the rest; write it from the bytes it was read with, or decode it whole first (decodeWholeSpan)');
  }
  if (trace === undefined) {
    writeString(w, (1 << 3) | LEN, s.tenantId);
    writeId(w, (2 << 3) | LEN, s.traceId, TRACE_ID_BYTES, 'trace id', 'traceId', type, index, REQUIRED_ID);
  } else {
    if (s.traceId !== trace.traceId) {
      throw encodeError(type, index, 'traceId', `is ${JSON.stringify(s.traceId)} but the trace's is ${JSON.stringify(trace.traceId)}`);
    }
    if (s.tenantId !== trace.tenantId) {
      throw encodeError(type, index, 'tenantId', `is ${JSON.stringify(s.tenantId)} but the trace's is ${JSON.stringify(trace.tenantId)}`);
    }
  }
  writeId(w, (3 << 3) | LEN, s.spanId, SPAN_ID_BYTES, 'span id', 'spanId', type, index, REQUIRED_ID);
  writeId(w, (4 << 3) | LEN, s.parentSpanId, SPAN_ID_BYTES, 'span id', 'parentSpanId', type, index, OPTIONAL_ID);
  writeString(w, (5 << 3) | LEN, s.traceState);
  writeString(w, (6 << 3) | LEN, s.name);
  writeInt32(w, (7 << 3) | VARINT, SPAN_KIND_NUMBER[s.kind]);
  writeTimestamp(w, (8 << 3) | I64, s.startTimeUnixNano, 'startTimeUnixNano', type, index);
  writeTimestamp(w, (9 << 3) | I64, s.endTimeUnixNano, 'endTimeUnixNano', type, index);
  writeInt32(w, (10 << 3) | VARINT, STATUS_CODE_NUMBER[s.statusCode]);
  writeString(w, (11 << 3) | LEN, s.statusMessage);
  if (withoutResource) {
    writeAttributes(w, (13 << 3) | LEN, s.attributes, 0);
  } else {
    writeString(w, (12 << 3) | LEN, s.serviceName);
    writeAttributes(w, (13 << 3) | LEN, s.attributes, 0);
    writeSpanResourceRest(w, s, resources);
  }
  for (let i = 0; i < s.events.length; i++) {
    w.uint32((17 << 3) | LEN);
    const at = w.begin();
    writeEvent(w, s.events[i], type, index, i);
    w.end(at);
  }
  for (let i = 0; i < s.links.length; i++) {
    w.uint32((18 << 3) | LEN);
    const at = w.begin();
    writeLink(w, s.links[i], type, index, i);
    w.end(at);
  }
  writeUint32(w, (19 << 3) | VARINT, s.droppedAttributesCount);
  writeUint32(w, (20 << 3) | VARINT, s.droppedEventsCount);
  writeUint32(w, (21 << 3) | VARINT, s.droppedLinksCount);
  writeFixed32(w, (22 << 3) | I32, s.flags);
  writeInt64Number(w, (23 << 3) | VARINT, s.receivedAtMs, 'receivedAtMs', type, index);
  if (s.warnings !== undefined) {
    for (const warning of s.warnings) {
      // Repeated: an empty entry is still an entry.
      w.uint32((24 << 3) | LEN);
      w.string(warning);
    }
  }
  if (s.http !== undefined) writeHttp(w, (30 << 3) | LEN, s.http, type, index);
  if (s.rpc !== undefined) writeRpc(w, (31 << 3) | LEN, s.rpc);
  if (s.db !== undefined) writeDb(w, (32 << 3) | LEN, s.db);
  if (s.messaging !== undefined) writeMessaging(w, (33 << 3) | LEN, s.messaging);
  if (s.peer !== undefined) writePeer(w, (34 << 3) | LEN, s.peer);
  if (s.error !== undefined) writeErrorInfo(w, (35 << 3) | LEN, s.error);
  if (s.enrichment !== undefined) writeSpanEnrichment(w, (40 << 3) | LEN, s.enrichment);
}

/**
 * The resource attributes of the last few resources read within one message, as bytes and as the
 * objects made of them: the spans of one resource carry the same bytes (the encoder copies them,
 * see ResourceMemo), so each span after the first shares that object instead of decoding it again.
 * Several, not only the last: a trace's spans are ordered by start time, so a request that goes
 * from service to service and back alternates their resources (the view-generator decoded a
 * resource again for about every other span with one entry). Nothing in the pipeline changes a
 * decoded span's resource attributes in place (they are copied when merged), so sharing is safe;
 * a span whose resource entries are not one run is read alone.
 */
interface ResourceReadMemo {
  /** Most recently used first; at most RESOURCE_MEMO_ENTRIES. */
  readonly entries: Array<{ buf: Buffer; start: number; end: number; attrs: Attributes }>;
}

/** Resources remembered per message: more than a trace's services usually are, few enough to scan. */
const RESOURCE_MEMO_ENTRIES = 16;

const newResourceReadMemo = (): ResourceReadMemo => ({ entries: [] });

/** The tag of RawSpan.resource_attributes (field 14, length-delimited): one byte on the wire. */
const RESOURCE_TAG = (14 << 3) | LEN;

/**
 * Reads the run of resource-attribute entries starting at `tagStart` (its first tag already read),
 * sharing the object of an earlier span of the message whose run had the same bytes. Leaves `r`
 * after the run.
 */
function readResourceRun(r: WireReader, tagStart: number, spanEnd: number, memo: ResourceReadMemo): Attributes {
  const first = r.pos;
  let pos = r.len();
  const buf = r.buf;
  // Peek at the following tags, within the span (the enclosing message's own field 14 may follow it):
  // one byte each, as RESOURCE_TAG < 128.
  while (pos < spanEnd && buf[pos] === RESOURCE_TAG) {
    r.pos = pos + 1;
    pos = r.len();
  }
  const runEnd = pos;
  const entries = memo.entries;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.end - e.start === runEnd - tagStart && buf.compare(e.buf, e.start, e.end, tagStart, runEnd) === 0) {
      if (i > 0) {
        entries.splice(i, 1);
        entries.unshift(e);
      }
      r.pos = runEnd;
      return e.attrs;
    }
  }
  const attrs: Attributes = {};
  r.pos = first;
  readKeyValue(r, r.len(), attrs, 0);
  while (r.pos < runEnd) {
    r.tag();
    readKeyValue(r, r.len(), attrs, 0);
  }
  entries.unshift({ buf, start: tagStart, end: runEnd, attrs });
  if (entries.length > RESOURCE_MEMO_ENTRIES) entries.pop();
  return attrs;
}

/**
 * Reads a RawSpan ending at `end`. Inside a trace (index >= 0) trace_id and tenant_id may be
 * absent and read as ''; the caller fills them in from the trace.
 */
function readRawSpan(r: WireReader, end: number, type: ModelMessageType, index: number, projection?: SpanProjection, resources?: ResourceReadMemo): RawSpan {
  let tenantId = '';
  let traceIdStart = -1;
  let traceIdEnd = -1;
  let spanIdStart = -1;
  let spanIdEnd = -1;
  let parentStart = -1;
  let parentEnd = -1;
  let traceState = '';
  let name = '';
  let kind = 0;
  let startTimeUnixNano = 0n;
  let endTimeUnixNano = 0n;
  let statusCode = 0;
  let statusMessage = '';
  let serviceName = '';
  const attributes: Attributes = {};
  let resourceAttributes: Attributes = {};
  /** Whether resourceAttributes is shared with another span (so must be copied before it grows). */
  let sharedResource = false;
  let resourceRead = false;
  let scopeName = '';
  let scopeVersion = '';
  const events: SpanEvent[] = [];
  const links: SpanLink[] = [];
  let droppedAttributesCount = 0;
  let droppedEventsCount = 0;
  let droppedLinksCount = 0;
  let flags = 0;
  let receivedAtMs = 0;
  let warnings: string[] | undefined;
  let http: HttpInfo | undefined;
  let rpc: RpcInfo | undefined;
  let db: DbInfo | undefined;
  let messaging: MessagingInfo | undefined;
  let peer: PeerInfo | undefined;
  let error: ErrorInfo | undefined;
  let enrichment: SpanEnrichment | undefined;

  while (r.pos < end) {
    const tagStart = r.pos;
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | LEN:
        tenantId = r.string();
        break;
      case (2 << 3) | LEN:
        traceIdEnd = r.len();
        traceIdStart = r.pos;
        r.pos = traceIdEnd;
        break;
      case (3 << 3) | LEN:
        spanIdEnd = r.len();
        spanIdStart = r.pos;
        r.pos = spanIdEnd;
        break;
      case (4 << 3) | LEN:
        parentEnd = r.len();
        parentStart = r.pos;
        r.pos = parentEnd;
        break;
      case (5 << 3) | LEN:
        traceState = r.string();
        break;
      case (6 << 3) | LEN:
        name = r.string();
        break;
      case (7 << 3) | VARINT:
        kind = r.uint32() | 0;
        break;
      case (8 << 3) | I64:
        startTimeUnixNano = r.fixed64();
        break;
      case (9 << 3) | I64:
        endTimeUnixNano = r.fixed64();
        break;
      case (10 << 3) | VARINT:
        statusCode = r.uint32() | 0;
        break;
      case (11 << 3) | LEN:
        statusMessage = r.string();
        break;
      case (12 << 3) | LEN:
        serviceName = r.string();
        break;
      case (13 << 3) | LEN:
        if (projection === undefined) readKeyValue(r, r.len(), attributes, 0);
        else readProjectedKeyValue(r, r.len(), attributes, projection);
        break;
      case (14 << 3) | LEN:
        if (projection !== undefined) r.skip(tag);
        else if (resources !== undefined && !resourceRead) {
          resourceAttributes = readResourceRun(r, tagStart, end, resources);
          resourceRead = true;
          sharedResource = true;
        } else {
          // A second run of resource entries in one span (legal, never written by our encoder).
          if (sharedResource) {
            resourceAttributes = { ...resourceAttributes };
            sharedResource = false;
          }
          readKeyValue(r, r.len(), resourceAttributes, 0);
        }
        break;
      case (15 << 3) | LEN:
        scopeName = r.string();
        break;
      case (16 << 3) | LEN:
        scopeVersion = r.string();
        break;
      case (17 << 3) | LEN:
        events.push(readEvent(r, r.len(), projection !== undefined));
        break;
      case (18 << 3) | LEN:
        links.push(readLink(r, r.len(), type, index, links.length));
        break;
      case (19 << 3) | VARINT:
        droppedAttributesCount = r.uint32();
        break;
      case (20 << 3) | VARINT:
        droppedEventsCount = r.uint32();
        break;
      case (21 << 3) | VARINT:
        droppedLinksCount = r.uint32();
        break;
      case (22 << 3) | I32:
        flags = r.fixed32();
        break;
      case (23 << 3) | VARINT:
        receivedAtMs = r.int64Number();
        break;
      case (24 << 3) | LEN:
        (warnings ??= []).push(r.string());
        break;
      case (30 << 3) | LEN:
        http = readHttp(r, r.len());
        break;
      case (31 << 3) | LEN:
        rpc = readRpc(r, r.len());
        break;
      case (32 << 3) | LEN:
        db = readDb(r, r.len());
        break;
      case (33 << 3) | LEN:
        messaging = readMessaging(r, r.len());
        break;
      case (34 << 3) | LEN:
        peer = readPeer(r, r.len());
        break;
      case (35 << 3) | LEN:
        error = readErrorInfo(r, r.len());
        break;
      case (40 << 3) | LEN:
        enrichment = readSpanEnrichment(r, r.len());
        break;
      default:
        r.skip(tag);
    }
  }
  r.expectEnd(end, index < 0 ? 'the RawSpan' : `spans[${index}]`);
  if (projection !== undefined) PROJECTED_ATTRIBUTES.add(attributes);

  const nested = index >= 0;
  return {
    tenantId,
    traceId: readId(r, traceIdStart, traceIdEnd, TRACE_ID_BYTES, 'trace id', 'trace_id', type, index, nested ? OPTIONAL_ID : REQUIRED_ID),
    spanId: readId(r, spanIdStart, spanIdEnd, SPAN_ID_BYTES, 'span id', 'span_id', type, index, REQUIRED_ID),
    // An all-zero parent is W3C's "no parent": read as a root rather than rejected.
    parentSpanId:
      parentEnd - parentStart === SPAN_ID_BYTES && isAllZeroRange(r.buf, parentStart, parentEnd)
        ? ''
        : readId(r, parentStart, parentEnd, SPAN_ID_BYTES, 'span id', 'parent_span_id', type, index, OPTIONAL_ID),
    traceState,
    name,
    kind: enumName(SPAN_KINDS, kind),
    startTimeUnixNano,
    endTimeUnixNano,
    statusCode: enumName(STATUS_CODES, statusCode),
    statusMessage,
    serviceName,
    attributes,
    resourceAttributes,
    scopeName,
    scopeVersion,
    events,
    links,
    droppedAttributesCount,
    droppedEventsCount,
    droppedLinksCount,
    flags,
    receivedAtMs,
    ...(warnings === undefined ? {} : { warnings }),
    http,
    rpc,
    db,
    messaging,
    peer,
    error,
    enrichment,
  };
}

function writeEvent(w: WireWriter, e: SpanEvent, type: ModelMessageType, index: number, i: number): void {
  writeTimestamp(w, (1 << 3) | I64, e.timeUnixNano, `events[${i}].timeUnixNano`, type, index);
  writeString(w, (2 << 3) | LEN, e.name);
  writeAttributes(w, (3 << 3) | LEN, e.attributes, 0);
  writeUint32(w, (4 << 3) | VARINT, e.droppedAttributesCount);
}

/** Reads an Event; `withoutAttributes` (a {@link SpanProjection}) skips its attributes. */
function readEvent(r: WireReader, end: number, withoutAttributes = false): SpanEvent {
  let timeUnixNano = 0n;
  let name = '';
  const attributes: Attributes = {};
  let droppedAttributesCount = 0;
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | I64:
        timeUnixNano = r.fixed64();
        break;
      case (2 << 3) | LEN:
        name = r.string();
        break;
      case (3 << 3) | LEN:
        if (withoutAttributes) r.skip(tag);
        else readKeyValue(r, r.len(), attributes, 0);
        break;
      case (4 << 3) | VARINT:
        droppedAttributesCount = r.uint32();
        break;
      default:
        r.skip(tag);
    }
  }
  r.expectEnd(end, 'an Event');
  return { timeUnixNano, name, attributes, droppedAttributesCount };
}

function writeLink(w: WireWriter, l: SpanLink, type: ModelMessageType, index: number, i: number): void {
  writeId(w, (1 << 3) | LEN, l.traceId, TRACE_ID_BYTES, 'trace id', `links[${i}].traceId`, type, index, LINK_ID);
  writeId(w, (2 << 3) | LEN, l.spanId, SPAN_ID_BYTES, 'span id', `links[${i}].spanId`, type, index, LINK_ID);
  writeString(w, (3 << 3) | LEN, l.traceState);
  writeAttributes(w, (4 << 3) | LEN, l.attributes, 0);
  writeUint32(w, (5 << 3) | VARINT, l.droppedAttributesCount);
  writeFixed32(w, (6 << 3) | I32, l.flags);
}

function readLink(r: WireReader, end: number, type: ModelMessageType, index: number, i: number): SpanLink {
  let traceStart = -1;
  let traceEnd = -1;
  let spanStart = -1;
  let spanEnd = -1;
  let traceState = '';
  const attributes: Attributes = {};
  let droppedAttributesCount = 0;
  let flags = 0;
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | LEN:
        traceEnd = r.len();
        traceStart = r.pos;
        r.pos = traceEnd;
        break;
      case (2 << 3) | LEN:
        spanEnd = r.len();
        spanStart = r.pos;
        r.pos = spanEnd;
        break;
      case (3 << 3) | LEN:
        traceState = r.string();
        break;
      case (4 << 3) | LEN:
        readKeyValue(r, r.len(), attributes, 0);
        break;
      case (5 << 3) | VARINT:
        droppedAttributesCount = r.uint32();
        break;
      case (6 << 3) | I32:
        flags = r.fixed32();
        break;
      default:
        r.skip(tag);
    }
  }
  r.expectEnd(end, 'a Link');
  return {
    traceId: readId(r, traceStart, traceEnd, TRACE_ID_BYTES, 'trace id', `links[${i}].trace_id`, type, index, LINK_ID),
    spanId: readId(r, spanStart, spanEnd, SPAN_ID_BYTES, 'span id', `links[${i}].span_id`, type, index, LINK_ID),
    traceState,
    attributes,
    droppedAttributesCount,
    flags,
  };
}

// ---------------------------------------------------------------------------------------------
// Field groups. Proto3 cannot tell '' or 0 from absent, so those read as undefined, except where
// the field is `optional` in the proto (Rpc.status_code, Http body sizes).
// ---------------------------------------------------------------------------------------------

function optString(v: string): string | undefined {
  return v === '' ? undefined : v;
}

function optNonZero(v: number): number | undefined {
  return v === 0 ? undefined : v;
}

function writeHttp(w: WireWriter, tag: number, h: HttpInfo, type: ModelMessageType, index: number): void {
  w.uint32(tag);
  const at = w.begin();
  writeString(w, (1 << 3) | LEN, h.method);
  writeString(w, (2 << 3) | LEN, h.url);
  writeString(w, (3 << 3) | LEN, h.scheme);
  writeString(w, (4 << 3) | LEN, h.host);
  writeInt32(w, (5 << 3) | VARINT, h.port);
  writeString(w, (6 << 3) | LEN, h.path);
  writeString(w, (7 << 3) | LEN, h.query);
  writeString(w, (8 << 3) | LEN, h.route);
  writeInt32(w, (9 << 3) | VARINT, h.statusCode);
  writeString(w, (10 << 3) | LEN, h.userAgent);
  writeInt64Number(w, (11 << 3) | VARINT, h.requestBodySize, 'http.requestBodySize', type, index, true);
  writeInt64Number(w, (12 << 3) | VARINT, h.responseBodySize, 'http.responseBodySize', type, index, true);
  w.end(at);
}

function readHttp(r: WireReader, end: number): HttpInfo {
  let method = '';
  let url = '';
  let scheme = '';
  let host = '';
  let port = 0;
  let path = '';
  let query = '';
  let route = '';
  let statusCode = 0;
  let userAgent = '';
  let requestBodySize: number | undefined;
  let responseBodySize: number | undefined;
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | LEN:
        method = r.string();
        break;
      case (2 << 3) | LEN:
        url = r.string();
        break;
      case (3 << 3) | LEN:
        scheme = r.string();
        break;
      case (4 << 3) | LEN:
        host = r.string();
        break;
      case (5 << 3) | VARINT:
        port = r.uint32() | 0;
        break;
      case (6 << 3) | LEN:
        path = r.string();
        break;
      case (7 << 3) | LEN:
        query = r.string();
        break;
      case (8 << 3) | LEN:
        route = r.string();
        break;
      case (9 << 3) | VARINT:
        statusCode = r.uint32() | 0;
        break;
      case (10 << 3) | LEN:
        userAgent = r.string();
        break;
      case (11 << 3) | VARINT:
        requestBodySize = r.int64Number();
        break;
      case (12 << 3) | VARINT:
        responseBodySize = r.int64Number();
        break;
      default:
        r.skip(tag);
    }
  }
  r.expectEnd(end, 'an Http');
  return {
    method: optString(method),
    url: optString(url),
    scheme: optString(scheme),
    host: optString(host),
    port: optNonZero(port),
    path: optString(path),
    query: optString(query),
    route: optString(route),
    statusCode: optNonZero(statusCode),
    userAgent: optString(userAgent),
    requestBodySize,
    responseBodySize,
  };
}

function writeRpc(w: WireWriter, tag: number, v: RpcInfo): void {
  w.uint32(tag);
  const at = w.begin();
  writeString(w, (1 << 3) | LEN, v.system);
  writeString(w, (2 << 3) | LEN, v.service);
  writeString(w, (3 << 3) | LEN, v.method);
  writeInt32(w, (4 << 3) | VARINT, v.statusCode, true);
  w.end(at);
}

function readRpc(r: WireReader, end: number): RpcInfo {
  let system = '';
  let service = '';
  let method = '';
  let statusCode: number | undefined;
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | LEN:
        system = r.string();
        break;
      case (2 << 3) | LEN:
        service = r.string();
        break;
      case (3 << 3) | LEN:
        method = r.string();
        break;
      case (4 << 3) | VARINT:
        statusCode = r.uint32() | 0;
        break;
      default:
        r.skip(tag);
    }
  }
  r.expectEnd(end, 'an Rpc');
  return { system: optString(system), service: optString(service), method: optString(method), statusCode };
}

function writeDb(w: WireWriter, tag: number, v: DbInfo): void {
  w.uint32(tag);
  const at = w.begin();
  writeString(w, (1 << 3) | LEN, v.system);
  writeString(w, (2 << 3) | LEN, v.name);
  writeString(w, (3 << 3) | LEN, v.operation);
  writeString(w, (4 << 3) | LEN, v.statement);
  writeString(w, (5 << 3) | LEN, v.table);
  w.end(at);
}

function readDb(r: WireReader, end: number): DbInfo {
  let system = '';
  let name = '';
  let operation = '';
  let statement = '';
  let table = '';
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | LEN:
        system = r.string();
        break;
      case (2 << 3) | LEN:
        name = r.string();
        break;
      case (3 << 3) | LEN:
        operation = r.string();
        break;
      case (4 << 3) | LEN:
        statement = r.string();
        break;
      case (5 << 3) | LEN:
        table = r.string();
        break;
      default:
        r.skip(tag);
    }
  }
  r.expectEnd(end, 'a Db');
  return {
    system: optString(system),
    name: optString(name),
    operation: optString(operation),
    statement: optString(statement),
    table: optString(table),
  };
}

function writeMessaging(w: WireWriter, tag: number, v: MessagingInfo): void {
  w.uint32(tag);
  const at = w.begin();
  writeString(w, (1 << 3) | LEN, v.system);
  writeString(w, (2 << 3) | LEN, v.destination);
  writeString(w, (3 << 3) | LEN, v.operation);
  w.end(at);
}

function readMessaging(r: WireReader, end: number): MessagingInfo {
  let system = '';
  let destination = '';
  let operation = '';
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | LEN:
        system = r.string();
        break;
      case (2 << 3) | LEN:
        destination = r.string();
        break;
      case (3 << 3) | LEN:
        operation = r.string();
        break;
      default:
        r.skip(tag);
    }
  }
  r.expectEnd(end, 'a Messaging');
  return { system: optString(system), destination: optString(destination), operation: optString(operation) };
}

function writePeer(w: WireWriter, tag: number, v: PeerInfo): void {
  w.uint32(tag);
  const at = w.begin();
  writeString(w, (1 << 3) | LEN, v.service);
  writeString(w, (2 << 3) | LEN, v.address);
  writeInt32(w, (3 << 3) | VARINT, v.port);
  w.end(at);
}

function readPeer(r: WireReader, end: number): PeerInfo {
  let service = '';
  let address = '';
  let port = 0;
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | LEN:
        service = r.string();
        break;
      case (2 << 3) | LEN:
        address = r.string();
        break;
      case (3 << 3) | VARINT:
        port = r.uint32() | 0;
        break;
      default:
        r.skip(tag);
    }
  }
  r.expectEnd(end, 'a Peer');
  return { service: optString(service), address: optString(address), port: optNonZero(port) };
}

function writeErrorInfo(w: WireWriter, tag: number, v: ErrorInfo): void {
  w.uint32(tag);
  const at = w.begin();
  writeBool(w, (1 << 3) | VARINT, v.isError);
  writeString(w, (2 << 3) | LEN, v.type);
  writeString(w, (3 << 3) | LEN, v.message);
  w.end(at);
}

function readErrorInfo(r: WireReader, end: number): ErrorInfo {
  let isError = false;
  let type = '';
  let message = '';
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | VARINT:
        isError = r.bool();
        break;
      case (2 << 3) | LEN:
        type = r.string();
        break;
      case (3 << 3) | LEN:
        message = r.string();
        break;
      default:
        r.skip(tag);
    }
  }
  r.expectEnd(end, 'an ErrorInfo');
  return { isError, type: optString(type), message: optString(message) };
}

// ---------------------------------------------------------------------------------------------
// Enrichment
// ---------------------------------------------------------------------------------------------

function writeSpanEnrichment(w: WireWriter, tag: number, e: SpanEnrichment): void {
  w.uint32(tag);
  const at = w.begin();
  writeInt32(w, (1 << 3) | VARINT, SPAN_ROLE_NUMBER[e.role]);
  writeInt32(w, (2 << 3) | VARINT, PROTOCOL_NUMBER[e.protocol]);
  writeBool(w, (3 << 3) | VARINT, e.apiEntry);
  writeBool(w, (4 << 3) | VARINT, e.apiExit);
  writeString(w, (5 << 3) | LEN, e.serviceId);
  writeString(w, (6 << 3) | LEN, e.serviceName);
  writeString(w, (7 << 3) | LEN, e.apiId);
  writeString(w, (8 << 3) | LEN, e.apiName);
  writeString(w, (9 << 3) | LEN, e.entryApiId);
  writeString(w, (10 << 3) | LEN, e.entryApiName);
  writeString(w, (11 << 3) | LEN, e.backendId);
  writeString(w, (12 << 3) | LEN, e.backendName);
  writeString(w, (13 << 3) | LEN, e.backendType);
  writeInt32(w, (14 << 3) | VARINT, API_STATUS_NUMBER[e.apiStatus]);
  writeUint32(w, (15 << 3) | VARINT, e.errorCount);
  writeUint32(w, (16 << 3) | VARINT, e.exceptionCount);
  if (e.callee !== undefined) writeCallEdge(w, (17 << 3) | LEN, e.callee);
  w.end(at);
}

function readSpanEnrichment(r: WireReader, end: number): SpanEnrichment {
  const e: SpanEnrichment = {
    role: 'UNSPECIFIED',
    protocol: 'UNSPECIFIED',
    apiEntry: false,
    apiExit: false,
    serviceId: '',
    serviceName: '',
    apiId: '',
    apiName: '',
    entryApiId: '',
    entryApiName: '',
    backendId: '',
    backendName: '',
    backendType: '',
    apiStatus: 'UNSPECIFIED',
    errorCount: 0,
    exceptionCount: 0,
    callee: undefined,
  };
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | VARINT:
        e.role = enumName(SPAN_ROLES, r.uint32() | 0);
        break;
      case (2 << 3) | VARINT:
        e.protocol = enumName(PROTOCOLS, r.uint32() | 0);
        break;
      case (3 << 3) | VARINT:
        e.apiEntry = r.bool();
        break;
      case (4 << 3) | VARINT:
        e.apiExit = r.bool();
        break;
      case (5 << 3) | LEN:
        e.serviceId = r.string();
        break;
      case (6 << 3) | LEN:
        e.serviceName = r.string();
        break;
      case (7 << 3) | LEN:
        e.apiId = r.string();
        break;
      case (8 << 3) | LEN:
        e.apiName = r.string();
        break;
      case (9 << 3) | LEN:
        e.entryApiId = r.string();
        break;
      case (10 << 3) | LEN:
        e.entryApiName = r.string();
        break;
      case (11 << 3) | LEN:
        e.backendId = r.string();
        break;
      case (12 << 3) | LEN:
        e.backendName = r.string();
        break;
      case (13 << 3) | LEN:
        e.backendType = r.string();
        break;
      case (14 << 3) | VARINT:
        e.apiStatus = enumName(API_STATUSES, r.uint32() | 0);
        break;
      case (15 << 3) | VARINT:
        e.errorCount = r.uint32();
        break;
      case (16 << 3) | VARINT:
        e.exceptionCount = r.uint32();
        break;
      case (17 << 3) | LEN:
        e.callee = readCallEdge(r, r.len());
        break;
      default:
        r.skip(tag);
    }
  }
  r.expectEnd(end, 'a SpanEnrichment');
  return e;
}

function writeCallEdge(w: WireWriter, tag: number, c: CallEdge): void {
  w.uint32(tag);
  const at = w.begin();
  writeInt32(w, (1 << 3) | VARINT, CALLEE_KIND_NUMBER[c.calleeKind]);
  writeString(w, (2 << 3) | LEN, c.calleeServiceId);
  writeString(w, (3 << 3) | LEN, c.calleeServiceName);
  writeString(w, (4 << 3) | LEN, c.calleeApiId);
  writeString(w, (5 << 3) | LEN, c.calleeApiName);
  writeString(w, (6 << 3) | LEN, c.calleeBackendId);
  writeString(w, (7 << 3) | LEN, c.calleeBackendName);
  w.end(at);
}

function readCallEdge(r: WireReader, end: number): CallEdge {
  const c: CallEdge = {
    calleeKind: 'UNSPECIFIED',
    calleeServiceId: '',
    calleeServiceName: '',
    calleeApiId: '',
    calleeApiName: '',
    calleeBackendId: '',
    calleeBackendName: '',
  };
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | VARINT:
        c.calleeKind = enumName(CALLEE_KINDS, r.uint32() | 0);
        break;
      case (2 << 3) | LEN:
        c.calleeServiceId = r.string();
        break;
      case (3 << 3) | LEN:
        c.calleeServiceName = r.string();
        break;
      case (4 << 3) | LEN:
        c.calleeApiId = r.string();
        break;
      case (5 << 3) | LEN:
        c.calleeApiName = r.string();
        break;
      case (6 << 3) | LEN:
        c.calleeBackendId = r.string();
        break;
      case (7 << 3) | LEN:
        c.calleeBackendName = r.string();
        break;
      default:
        r.skip(tag);
    }
  }
  r.expectEnd(end, 'a CallEdge');
  return c;
}

function writeTraceEnrichment(w: WireWriter, tag: number, e: TraceEnrichment): void {
  w.uint32(tag);
  const at = w.begin();
  writeString(w, (1 << 3) | LEN, e.transactionName);
  writeString(w, (2 << 3) | LEN, e.rootServiceName);
  for (let i = 0; i < e.services.length; i++) {
    w.uint32((3 << 3) | LEN);
    w.string(e.services[i]);
  }
  writeUint32(w, (4 << 3) | VARINT, e.serviceCount);
  writeUint32(w, (5 << 3) | VARINT, e.spanCount);
  writeUint32(w, (6 << 3) | VARINT, e.errorCount);
  writeUint32(w, (7 << 3) | VARINT, e.exceptionCount);
  writeUint32(w, (8 << 3) | VARINT, e.apiEntryCount);
  w.end(at);
}

function readTraceEnrichment(r: WireReader, end: number): TraceEnrichment {
  const e: TraceEnrichment = {
    transactionName: '',
    rootServiceName: '',
    services: [],
    serviceCount: 0,
    spanCount: 0,
    errorCount: 0,
    exceptionCount: 0,
    apiEntryCount: 0,
  };
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | LEN:
        e.transactionName = r.string();
        break;
      case (2 << 3) | LEN:
        e.rootServiceName = r.string();
        break;
      case (3 << 3) | LEN:
        e.services.push(r.string());
        break;
      case (4 << 3) | VARINT:
        e.serviceCount = r.uint32();
        break;
      case (5 << 3) | VARINT:
        e.spanCount = r.uint32();
        break;
      case (6 << 3) | VARINT:
        e.errorCount = r.uint32();
        break;
      case (7 << 3) | VARINT:
        e.exceptionCount = r.uint32();
        break;
      case (8 << 3) | VARINT:
        e.apiEntryCount = r.uint32();
        break;
      default:
        r.skip(tag);
    }
  }
  r.expectEnd(end, 'a TraceEnrichment');
  return e;
}

// ---------------------------------------------------------------------------------------------
// RawSpanFragment
// ---------------------------------------------------------------------------------------------

/** The tag of `RawSpanFragment.spans` (field 3, length-delimited). */
const FRAGMENT_SPANS_TAG = (3 << 3) | LEN;

/** The tag of `RawSpanFragment.groups` (field 4, length-delimited; format 3). */
const FRAGMENT_GROUPS_TAG = (4 << 3) | LEN;
/** The tags of `RawSpanGroup.resource` (field 1) and `RawSpanGroup.spans` (field 2). */
const GROUP_RESOURCE_TAG = (1 << 3) | LEN;
const GROUP_SPANS_TAG = (2 << 3) | LEN;

/**
 * Whether `b` shares `a`'s resource and scope, so it goes in `a`'s group: the same service and scope,
 * and the same resource attributes (the normalizer translates each OTLP resource once and its spans
 * share that object; equal attributes in separate objects are compared key by key, nested values
 * by identity, so a miss only makes one group more, which reads back the same).
 */
function sameResource(a: RawSpan, b: RawSpan): boolean {
  return a.serviceName === b.serviceName && a.scopeName === b.scopeName && a.scopeVersion === b.scopeVersion && sameAttributes(a.resourceAttributes, b.resourceAttributes);
}

function sameAttributes(a: Attributes, b: Attributes): boolean {
  if (a === b) return true;
  let n = 0;
  for (const key in a) {
    if (a[key] !== b[key]) return false;
    n++;
  }
  for (const key in b) if (--n < 0 || !(key in a)) return false;
  return n === 0;
}

/** Format 3: each run of consecutive spans with one resource and scope as a group that writes them once. */
function writeRawSpanFragment(w: WireWriter, f: RawSpanFragment): void {
  const type: ModelMessageType = 'RawSpanFragment';
  writeString(w, (1 << 3) | LEN, f.tenantId);
  writeId(w, (2 << 3) | LEN, f.traceId, TRACE_ID_BYTES, 'trace id', 'traceId', type, -1, REQUIRED_ID);
  const resources = newResourceMemo();
  let group = -1;
  for (let i = 0; i < f.spans.length; i++) {
    const s = f.spans[i];
    if (s.traceId !== f.traceId) {
      throw encodeError(type, i, 'traceId', `is ${JSON.stringify(s.traceId)} but the fragment's is ${JSON.stringify(f.traceId)}`);
    }
    if (s.tenantId !== f.tenantId) {
      throw encodeError(type, i, 'tenantId', `is ${JSON.stringify(s.tenantId)} but the fragment's is ${JSON.stringify(f.tenantId)}`);
    }
    if (group < 0 || !sameResource(f.spans[i - 1], s)) {
      if (group >= 0) w.end(group);
      w.uint32(FRAGMENT_GROUPS_TAG);
      group = w.begin();
      w.uint32(GROUP_RESOURCE_TAG);
      const at = w.begin();
      writeSpanResource(w, s, resources);
      w.end(at);
    }
    w.uint32(GROUP_SPANS_TAG);
    const at = w.begin();
    writeRawSpan(w, s, type, i, f, undefined, true);
    w.end(at);
  }
  if (group >= 0) w.end(group);
}

/** Where a span of a fragment is: a format-2 entry (a whole RawSpan), or a format-3 group's span and its group's resource. */
interface FragmentEntry {
  start: number;
  end: number;
  /** The group's SpanResource [start, end); -1 for a format-2 entry. */
  resourceStart: number;
  resourceEnd: number;
}

/** Whether the entry is a format-3 group's span (else a whole format-2 span). */
const inGroup = (e: FragmentEntry): boolean => e.resourceStart >= 0;

/** Field numbers a span in a group must not carry: the fragment and its group write them. */
const GROUP_SPAN_FORBIDDEN: Readonly<Record<number, string>> = {
  1: 'tenant_id',
  2: 'trace_id',
  12: 'service_name',
  14: 'resource_attributes',
  15: 'scope_name',
  16: 'scope_version',
};

function readRawSpanFragment(r: WireReader, projection: SpanProjection | undefined): DecodedRawSpanFragment {
  const type: ModelMessageType = 'RawSpanFragment';
  const end = r.length;
  let tenantId = '';
  let traceIdStart = -1;
  let traceIdEnd = -1;
  const entries: FragmentEntry[] = [];
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | LEN:
        tenantId = r.string();
        break;
      case (2 << 3) | LEN:
        traceIdEnd = r.len();
        traceIdStart = r.pos;
        r.pos = traceIdEnd;
        break;
      case FRAGMENT_SPANS_TAG: {
        const spanEnd = r.len();
        entries.push({ start: r.pos, end: spanEnd, resourceStart: -1, resourceEnd: -1 });
        r.pos = spanEnd;
        break;
      }
      case FRAGMENT_GROUPS_TAG:
        readGroup(r, r.len(), entries, type);
        break;
      default:
        r.skip(tag);
    }
  }
  const traceId = readId(r, traceIdStart, traceIdEnd, TRACE_ID_BYTES, 'trace id', 'trace_id', type, -1, REQUIRED_ID);
  const resources = newResourceReadMemo();
  const spans: RawSpan[] = [];
  const spanBytes: Uint8Array[] = [];
  // Format 3's spans are put back together as format-2 entries, all in one buffer.
  const whole = entries.some(inGroup) ? wholeSpans(r.buf, entries, tenantId, r.buf.subarray(traceIdStart, traceIdEnd), type) : undefined;
  const wr = whole === undefined ? r : new WireReader(whole.buf);
  for (let i = 0; i < entries.length; i++) {
    const rebuilt = whole !== undefined && inGroup(entries[i]);
    const reader = rebuilt ? wr : r;
    const start = rebuilt ? whole.starts[i] : entries[i].start;
    const stop = rebuilt ? whole.starts[i + 1] : entries[i].end;
    reader.pos = start;
    const s = readRawSpan(reader, stop, type, i, projection, resources);
    if (s.tenantId === '') s.tenantId = tenantId;
    if (s.traceId === '') s.traceId = traceId;
    if (s.traceId !== traceId) throw decodeError(type, i, 'trace_id', `is ${s.traceId} but the fragment's is ${traceId}`);
    if (s.tenantId !== tenantId) throw decodeError(type, i, 'tenant_id', `is ${JSON.stringify(s.tenantId)} but the fragment's is ${JSON.stringify(tenantId)}`);
    spans.push(s);
    spanBytes.push(reader.buf.subarray(start, stop));
  }
  return { tenantId, traceId, spans, spanBytes };
}

/** Reads one RawSpanGroup ending at `end` into `entries`. */
function readGroup(r: WireReader, end: number, entries: FragmentEntry[], type: ModelMessageType): void {
  let resourceStart = -1;
  let resourceEnd = -1;
  const first = entries.length;
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === GROUP_RESOURCE_TAG) {
      resourceEnd = r.len();
      resourceStart = r.pos;
      r.pos = resourceEnd;
    } else if (tag === GROUP_SPANS_TAG) {
      const spanEnd = r.len();
      entries.push({ start: r.pos, end: spanEnd, resourceStart: 0, resourceEnd: 0 });
      r.pos = spanEnd;
    } else {
      r.skip(tag);
    }
  }
  if (r.pos !== end) throw decodeError(type, entries.length, 'groups', 'overrun the group they are in');
  // A group without a resource gives its spans none (as a format-2 span without those fields).
  for (let i = first; i < entries.length; i++) {
    entries[i].resourceStart = resourceStart < 0 ? end : resourceStart;
    entries[i].resourceEnd = resourceStart < 0 ? end : resourceEnd;
  }
}

/**
 * The spans of `entries` as format-2 entries would hold them, in one buffer (`starts[i]` to
 * `starts[i + 1]` for entry i; format-2 entries take no room): tenant and trace id, then the span's
 * fields and its group's resource fields merged in field-number order, which is how writeRawSpan
 * orders them. Byte for byte what encodeRawSpan writes for the span.
 */
function wholeSpans(buf: Buffer, entries: readonly FragmentEntry[], tenantId: string, traceId: Buffer, type: ModelMessageType): { buf: Buffer; starts: number[] } {
  // Fields 1 and 2 as writeRawSpan writes them: no tenant field when the tenant is ''.
  const tenant = Buffer.from(tenantId, 'utf8');
  const head = Buffer.allocUnsafe((tenant.length === 0 ? 0 : 1 + varintSize(tenant.length) + tenant.length) + 1 + varintSize(traceId.length) + traceId.length);
  let pos = 0;
  if (tenant.length > 0) {
    head[pos++] = (1 << 3) | LEN;
    pos = writeVarint(head, pos, tenant.length);
    pos += tenant.copy(head, pos);
  }
  head[pos++] = (2 << 3) | LEN;
  pos = writeVarint(head, pos, traceId.length);
  traceId.copy(head, pos);
  const f = wireField();
  // Per entry: where the span's fields after 12 and after 16 start, and where the resource's field 12 ends.
  const cuts: number[] = [];
  let size = 0;
  let lastResource = -1;
  let resourceCut = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!inGroup(e)) {
      cuts.push(0, 0, 0);
      continue;
    }
    let after12 = e.end;
    let after16 = e.end;
    for (let pos = e.start; pos < e.end; pos = f.end) {
      readField(buf, pos, e.end, 'RawSpan', f);
      const forbidden = GROUP_SPAN_FORBIDDEN[f.no];
      if (forbidden !== undefined) throw decodeError(type, i, forbidden, "is written once per group in a format-3 fragment (the fragment's tenant and trace id, the group's resource), not in its spans");
      if (f.no > 12 && after12 === e.end) after12 = f.start;
      if (f.no > 16) {
        after16 = f.start;
        break;
      }
    }
    if (e.resourceStart !== lastResource) {
      lastResource = e.resourceStart;
      resourceCut = e.resourceStart;
      for (let pos = e.resourceStart; pos < e.resourceEnd; pos = f.end) {
        readField(buf, pos, e.resourceEnd, 'SpanResource', f);
        if (f.no !== 12 && f.no !== 14 && f.no !== 15 && f.no !== 16) throw decodeError(type, i, 'resource', `holds field ${f.no}; a SpanResource has fields 12, 14, 15 and 16`);
        if (f.no === 12) resourceCut = f.end;
      }
    }
    cuts.push(after12, after16, resourceCut);
    size += head.length + (e.end - e.start) + (e.resourceEnd - e.resourceStart);
  }
  const out = Buffer.allocUnsafe(size);
  const starts: number[] = [];
  let at = 0;
  for (let i = 0; i < entries.length; i++) {
    starts.push(at);
    const e = entries[i];
    if (!inGroup(e)) continue;
    const after12 = cuts[3 * i];
    const after16 = cuts[3 * i + 1];
    const cut = cuts[3 * i + 2];
    at += head.copy(out, at);
    at += buf.copy(out, at, e.start, after12);
    at += buf.copy(out, at, e.resourceStart, cut);
    at += buf.copy(out, at, after12, after16);
    at += buf.copy(out, at, cut, e.resourceEnd);
    at += buf.copy(out, at, after16, e.end);
  }
  starts.push(at);
  return { buf: out, starts };
}

// ---------------------------------------------------------------------------------------------
// StructuredTrace
// ---------------------------------------------------------------------------------------------

function writeStructuredTrace(w: WireWriter, t: StructuredTrace, spanBytes: readonly Uint8Array[] | undefined, appendEnrichment = false): void {
  const type: ModelMessageType = 'StructuredTrace';
  if (spanBytes !== undefined && spanBytes.length !== t.spans.length) {
    throw encodeError(type, -1, 'spans', `has ${t.spans.length} spans but ${spanBytes.length} encoded spans were given`);
  }
  writeString(w, (1 << 3) | LEN, t.tenantId);
  writeId(w, (2 << 3) | LEN, t.traceId, TRACE_ID_BYTES, 'trace id', 'traceId', type, -1, REQUIRED_ID);
  const resources = newResourceMemo();
  for (let i = 0; i < t.spans.length; i++) {
    w.uint32((3 << 3) | LEN);
    if (spanBytes !== undefined) {
      const enrichment = appendEnrichment ? t.spans[i].enrichment : undefined;
      if (enrichment === undefined) {
        w.bytes(spanBytes[i]);
        continue;
      }
      const at = w.begin();
      w.raw(spanBytes[i]);
      writeSpanEnrichment(w, (40 << 3) | LEN, enrichment);
      w.end(at);
      continue;
    }
    const at = w.begin();
    writeRawSpan(w, t.spans[i], type, i, t, resources);
    w.end(at);
  }
  for (let i = 0; i < t.spanEdges.length; i++) {
    const e = t.spanEdges[i];
    w.uint32((4 << 3) | LEN);
    const at = w.begin();
    writeUint32(w, (1 << 3) | VARINT, e.parentIndex);
    writeUint32(w, (2 << 3) | VARINT, e.childIndex);
    w.end(at);
  }
  if (t.rootIndices.length > 0) {
    // Packed, as proto3 writes repeated scalars.
    w.uint32((5 << 3) | LEN);
    const at = w.begin();
    for (let i = 0; i < t.rootIndices.length; i++) w.uint32(t.rootIndices[i]);
    w.end(at);
  }
  writeTimestamp(w, (6 << 3) | I64, t.startTimeUnixNano, 'startTimeUnixNano', type, -1);
  writeTimestamp(w, (7 << 3) | I64, t.endTimeUnixNano, 'endTimeUnixNano', type, -1);
  writeUint32(w, (8 << 3) | VARINT, t.spanCount);
  writeBool(w, (9 << 3) | VARINT, t.isFragment);
  writeUint32(w, (10 << 3) | VARINT, t.fragmentSeq);
  writeBool(w, (11 << 3) | VARINT, t.truncated);
  writeUint32(w, (12 << 3) | VARINT, t.overflowSpanCount);
  writeInt64Number(w, (13 << 3) | VARINT, t.emittedAtMs, 'emittedAtMs', type, -1);
  if (t.enrichment !== undefined) writeTraceEnrichment(w, (14 << 3) | LEN, t.enrichment);
  if (t.sampling !== undefined) writeTraceSampling(w, (15 << 3) | LEN, t.sampling);
}

function writeTraceSampling(w: WireWriter, tag: number, s: TraceSampling): void {
  if (!Number.isFinite(s.weight) || s.weight < 1) throw encodeError('StructuredTrace', -1, 'sampling.weight', `is ${s.weight}: a sampling weight is a finite number >= 1`);
  w.uint32(tag);
  const at = w.begin();
  writeString(w, (1 << 3) | LEN, s.rule);
  w.uint32((2 << 3) | I64);
  w.double(s.weight);
  w.end(at);
}

function readTraceSampling(r: WireReader, end: number): TraceSampling {
  const s: TraceSampling = { rule: '', weight: 0 };
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === ((1 << 3) | LEN)) s.rule = r.string();
    else if (tag === ((2 << 3) | I64)) s.weight = r.double();
    else r.skip(tag);
  }
  r.expectEnd(end, 'a TraceSampling');
  return s;
}

function readStructuredTrace(r: WireReader, spanBytes?: Uint8Array[], projection?: SpanProjection): StructuredTrace {
  const type: ModelMessageType = 'StructuredTrace';
  const resources = newResourceReadMemo();
  const end = r.length;
  let tenantId = '';
  let traceIdStart = -1;
  let traceIdEnd = -1;
  const spans: RawSpan[] = [];
  const spanEdges: SpanEdge[] = [];
  const rootIndices: number[] = [];
  let startTimeUnixNano = 0n;
  let endTimeUnixNano = 0n;
  let spanCount = 0;
  let isFragment = false;
  let fragmentSeq = 0;
  let truncated = false;
  let overflowSpanCount = 0;
  let emittedAtMs = 0;
  let enrichment: TraceEnrichment | undefined;
  let sampling: TraceSampling | undefined;

  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case (1 << 3) | LEN:
        tenantId = r.string();
        break;
      case (2 << 3) | LEN:
        traceIdEnd = r.len();
        traceIdStart = r.pos;
        r.pos = traceIdEnd;
        break;
      case (3 << 3) | LEN: {
        const spanEnd = r.len();
        if (spanBytes !== undefined) spanBytes.push(r.buf.subarray(r.pos, spanEnd));
        spans.push(readRawSpan(r, spanEnd, type, spans.length, projection, resources));
        break;
      }
      case (4 << 3) | LEN: {
        const edgeEnd = r.len();
        let parentIndex = 0;
        let childIndex = 0;
        while (r.pos < edgeEnd) {
          const t = r.tag();
          if (t === ((1 << 3) | VARINT)) parentIndex = r.uint32();
          else if (t === ((2 << 3) | VARINT)) childIndex = r.uint32();
          else r.skip(t);
        }
        r.expectEnd(edgeEnd, 'a SpanEdge');
        spanEdges.push({ parentIndex, childIndex });
        break;
      }
      case (5 << 3) | LEN: {
        const packedEnd = r.len();
        while (r.pos < packedEnd) rootIndices.push(r.uint32());
        r.expectEnd(packedEnd, 'root_indices');
        break;
      }
      case (5 << 3) | VARINT:
        // Unpacked form: parsers must accept both.
        rootIndices.push(r.uint32());
        break;
      case (6 << 3) | I64:
        startTimeUnixNano = r.fixed64();
        break;
      case (7 << 3) | I64:
        endTimeUnixNano = r.fixed64();
        break;
      case (8 << 3) | VARINT:
        spanCount = r.uint32();
        break;
      case (9 << 3) | VARINT:
        isFragment = r.bool();
        break;
      case (10 << 3) | VARINT:
        fragmentSeq = r.uint32();
        break;
      case (11 << 3) | VARINT:
        truncated = r.bool();
        break;
      case (12 << 3) | VARINT:
        overflowSpanCount = r.uint32();
        break;
      case (13 << 3) | VARINT:
        emittedAtMs = r.int64Number();
        break;
      case (14 << 3) | LEN:
        enrichment = readTraceEnrichment(r, r.len());
        break;
      case (15 << 3) | LEN:
        sampling = readTraceSampling(r, r.len());
        break;
      default:
        r.skip(tag);
    }
  }

  const traceId = readId(r, traceIdStart, traceIdEnd, TRACE_ID_BYTES, 'trace id', 'trace_id', type, -1, REQUIRED_ID);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.tenantId === '') s.tenantId = tenantId;
    if (s.traceId === '') s.traceId = traceId;
  }
  const trace: StructuredTrace = {
    tenantId,
    traceId,
    spans,
    spanEdges,
    rootIndices,
    startTimeUnixNano,
    endTimeUnixNano,
    spanCount,
    isFragment,
    fragmentSeq,
    truncated,
    overflowSpanCount,
    emittedAtMs,
    enrichment,
    ...(sampling !== undefined ? { sampling } : {}),
  };
  // The same rules every producer checks its output against before producing (trace-rules.ts).
  const [violation] = checkStructuredTrace(trace, { firstOnly: true });
  if (violation !== undefined) throw decodeError(type, -1, violation.field, violation.detail);
  return trace;
}
