// Jaeger Thrift over HTTP transport (the Jaeger collector's POST /api/traces, as jaeger-client
// HTTPSender and the OpenTelemetry Collector's jaeger receiver speak it): a Thrift binary Batch
// with Content-Type application/x-thrift (or application/vnd.apache.thrift.binary); 202 Accepted
// when stored, an error status with a plain-text message otherwise.
import type { IngestError } from '../../reasons';
import type { ProtocolLabel } from '../../telemetry';
import type { HttpAnswer, HttpEndpoint } from '../../transport/http-receiver';

/** The Jaeger Thrift HTTP endpoint. */
export const jaegerThriftHttpEndpoint: HttpEndpoint = {
  path: '/api/traces',
  defaultProtocol: 'jaeger_thrift_http',
  acceptedMediaTypes: ['application/x-thrift', 'application/vnd.apache.thrift.binary'],
  protocolFor(mediaType: string): ProtocolLabel | undefined {
    return mediaType === 'application/x-thrift' || mediaType === 'application/vnd.apache.thrift.binary' ? 'jaeger_thrift_http' : undefined;
  },
  ok: (): HttpAnswer => ({ status: 202 }),
  error: (err: IngestError): HttpAnswer => ({ status: err.httpStatus, contentType: 'text/plain; charset=utf-8', body: err.message }),
};
