// Zipkin transport (https://zipkin.io/zipkin-api/#/default/post_spans): POST /api/v2/spans with a
// ListOfSpans as JSON v2 or proto3; 202 Accepted when stored, an error status with a plain-text
// message otherwise. A body without Content-Type is read as JSON, as the Zipkin server does.
import type { IngestError } from '../../reasons';
import type { ProtocolLabel } from '../../telemetry';
import type { HttpAnswer, HttpEndpoint } from '../../transport/http-receiver';

/** The Zipkin v2 spans endpoint. */
export const zipkinHttpEndpoint: HttpEndpoint = {
  path: '/api/v2/spans',
  defaultProtocol: 'zipkin_json',
  acceptedMediaTypes: ['application/json', 'application/x-protobuf'],
  protocolFor(mediaType: string): ProtocolLabel | undefined {
    if (mediaType === 'application/json' || mediaType === '') return 'zipkin_json';
    if (mediaType === 'application/x-protobuf' || mediaType === 'application/protobuf') return 'zipkin_proto3';
    return undefined;
  },
  ok: (): HttpAnswer => ({ status: 202 }),
  error: (err: IngestError): HttpAnswer => ({ status: err.httpStatus, contentType: 'text/plain; charset=utf-8', body: err.message }),
};

/**
 * The Zipkin v1 spans endpoint (https://zipkin.io/zipkin-api/zipkin-api.yaml): POST /api/v1/spans
 * with a list of v1 spans as JSON or as a Thrift binary `list<Span>`; answered as v2 is.
 */
export const zipkinV1HttpEndpoint: HttpEndpoint = {
  path: '/api/v1/spans',
  defaultProtocol: 'zipkin_v1_json',
  acceptedMediaTypes: ['application/json', 'application/x-thrift'],
  protocolFor(mediaType: string): ProtocolLabel | undefined {
    if (mediaType === 'application/json' || mediaType === '') return 'zipkin_v1_json';
    if (mediaType === 'application/x-thrift' || mediaType === 'application/vnd.apache.thrift.binary') return 'zipkin_v1_thrift';
    return undefined;
  },
  ok: (): HttpAnswer => ({ status: 202 }),
  error: (err: IngestError): HttpAnswer => ({ status: err.httpStatus, contentType: 'text/plain; charset=utf-8', body: err.message }),
};
