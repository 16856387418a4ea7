import { opentelemetry } from './generated/otlp';

// Plain-object views of the generated OTLP messages. Every stage and receiver passes these around
// (not the generated classes), so business logic never depends on protobufjs' class API.

/** OTLP `TracesData`: the value of every `otlp-spans` record and the result of every receiver. */
export type TracesData = opentelemetry.proto.trace.v1.TracesData.$Properties;
/** OTLP `ResourceSpans`: spans of one resource (one service instance). */
export type ResourceSpans = opentelemetry.proto.trace.v1.ResourceSpans.$Properties;
/** OTLP `ScopeSpans`: spans of one instrumentation scope within a resource. */
export type ScopeSpans = opentelemetry.proto.trace.v1.ScopeSpans.$Properties;
/** OTLP `Span`. */
export type Span = opentelemetry.proto.trace.v1.Span.$Properties;
/** OTLP `Span.Event`. */
export type SpanEvent = opentelemetry.proto.trace.v1.Span.Event.$Properties;
/** OTLP `Span.Link`. */
export type SpanLink = opentelemetry.proto.trace.v1.Span.Link.$Properties;
/** OTLP `Status`. */
export type Status = opentelemetry.proto.trace.v1.Status.$Properties;
/** OTLP `Resource`. */
export type Resource = opentelemetry.proto.resource.v1.Resource.$Properties;
/** OTLP `InstrumentationScope`. */
export type InstrumentationScope = opentelemetry.proto.common.v1.InstrumentationScope.$Properties;
/** OTLP `KeyValue` (one attribute). */
export type KeyValue = opentelemetry.proto.common.v1.KeyValue.$Properties;
/** OTLP `AnyValue` (an attribute value; exactly one member set). */
export type AnyValue = opentelemetry.proto.common.v1.AnyValue.$Properties;
/** OTLP `ExportTraceServiceRequest`: the body of OTLP/gRPC Export and OTLP/HTTP `/v1/traces`. */
export type ExportTraceServiceRequest = opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.$Properties;
/** OTLP `ExportTraceServiceResponse`. */
export type ExportTraceServiceResponse = opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.$Properties;

/** OTLP `Span.SpanKind` values. */
export const SpanKind = opentelemetry.proto.trace.v1.Span.SpanKind;
/** One OTLP `Span.SpanKind` value. */
export type SpanKind = opentelemetry.proto.trace.v1.Span.SpanKind;
/** OTLP `Status.StatusCode` values. */
export const StatusCode = opentelemetry.proto.trace.v1.Status.StatusCode;
/** One OTLP `Status.StatusCode` value. */
export type StatusCode = opentelemetry.proto.trace.v1.Status.StatusCode;
/** OTLP `SpanFlags` bit masks for `Span.flags` and `Span.Link.flags`. */
export const SpanFlags = opentelemetry.proto.trace.v1.SpanFlags;

/** The generated message classes, for the codecs in this library only. */
export const pb = {
  TracesData: opentelemetry.proto.trace.v1.TracesData,
  ExportTraceServiceRequest: opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest,
  ExportTraceServiceResponse: opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse,
};
