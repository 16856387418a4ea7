/**
 * Why the collector turned a request (or some spans of it) away: the `reason` label of
 * `tracehouse_collector_requests_rejected_total` and `tracehouse_collector_spans_rejected_total`,
 * one list for every receiver (STYLE.md "Errors and drops").
 */
export const REJECT_REASONS = [
  /** The body is not valid protobuf, Thrift or JSON of the expected message, or lacks a required field. */
  'malformed',
  /** A span's trace id or span id is missing, of the wrong length or all zeros. */
  'invalid_id',
  /** One span alone is larger than a Kafka record may be (MAX_RECORD_BYTES). */
  'span_too_large',
  /** The Content-Type is not one the endpoint reads. */
  'unsupported_media_type',
  /** The Content-Encoding is not one the receivers read (transport/content-encoding.ts). A corrupt compressed body is `malformed`. */
  'unsupported_encoding',
  /** The body (or what it inflates to) is larger than COLLECTOR_MAX_BODY_BYTES. */
  'body_too_large',
  /** API keys are configured and the request carries no key, or an unknown one. */
  'unauthorized',
  /** The tenant header holds something that is not a tenant id. */
  'invalid_tenant',
  /** Requests in flight already hold COLLECTOR_MAX_INFLIGHT_BYTES. */
  'overloaded',
  /** Kafka did not acknowledge the write in time (or is known to be down). */
  'kafka_unavailable',
  /** No such endpoint or method on the receiver's port. */
  'not_found',
  /** The collector is shutting down. */
  'shutting_down',
] as const;

/** One of {@link REJECT_REASONS}. */
export type RejectReason = (typeof REJECT_REASONS)[number];

/** What the sender should do about a rejection, which decides the HTTP status and gRPC code. */
const REASON_STATUS: Record<RejectReason, { http: number; grpc: GrpcCode; retryable: boolean }> = {
  malformed: { http: 400, grpc: 'INVALID_ARGUMENT', retryable: false },
  invalid_id: { http: 400, grpc: 'INVALID_ARGUMENT', retryable: false },
  span_too_large: { http: 400, grpc: 'INVALID_ARGUMENT', retryable: false },
  unsupported_media_type: { http: 415, grpc: 'INVALID_ARGUMENT', retryable: false },
  unsupported_encoding: { http: 415, grpc: 'INVALID_ARGUMENT', retryable: false },
  body_too_large: { http: 413, grpc: 'RESOURCE_EXHAUSTED', retryable: false },
  unauthorized: { http: 401, grpc: 'UNAUTHENTICATED', retryable: false },
  invalid_tenant: { http: 400, grpc: 'INVALID_ARGUMENT', retryable: false },
  overloaded: { http: 503, grpc: 'RESOURCE_EXHAUSTED', retryable: true },
  kafka_unavailable: { http: 503, grpc: 'UNAVAILABLE', retryable: true },
  not_found: { http: 404, grpc: 'UNIMPLEMENTED', retryable: false },
  shutting_down: { http: 503, grpc: 'UNAVAILABLE', retryable: true },
};

/** The gRPC status codes the collector answers with (names of @grpc/grpc-js `status`). */
export type GrpcCode = 'INVALID_ARGUMENT' | 'RESOURCE_EXHAUSTED' | 'UNAUTHENTICATED' | 'UNAVAILABLE' | 'UNIMPLEMENTED' | 'INTERNAL';

/**
 * A request the collector does not accept. The message is a full sentence naming what was wrong
 * (the decoder's path and field, the limit, the header), returned to the sender as it is.
 * Permanent reasons (bad input) are never worth retrying; `retryable` ones (Kafka down,
 * overloaded, shutting down) are answered with HTTP 503 + Retry-After or gRPC UNAVAILABLE /
 * RESOURCE_EXHAUSTED.
 */
export class IngestError extends Error {
  constructor(
    readonly reason: RejectReason,
    message: string,
    options?: { cause?: unknown; httpStatus?: number; spans?: number },
  ) {
    super(message, options);
    this.name = 'IngestError';
    this.httpStatus = options?.httpStatus ?? REASON_STATUS[reason].http;
    this.spans = options?.spans ?? 0;
  }

  /** The HTTP status of the answer. */
  readonly httpStatus: number;

  /** Spans refused with the request, when they were counted (0 when the body was never decoded). */
  readonly spans: number;

  /** The gRPC status code of the answer. */
  get grpcCode(): GrpcCode {
    return REASON_STATUS[this.reason].grpc;
  }

  /** True when the sender should retry later (HTTP 503 with Retry-After). */
  get retryable(): boolean {
    return REASON_STATUS[this.reason].retryable;
  }
}
