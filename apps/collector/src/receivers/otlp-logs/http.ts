// OTLP/HTTP logs transport (https://opentelemetry.io/docs/specs/otlp/#otlphttp): POST /v1/logs
// with an ExportLogsServiceRequest as protobuf or OTLP/JSON; success is 200 with an
// ExportLogsServiceResponse in the request's encoding, a failure its HTTP status with a
// google.rpc.Status body in that encoding (as /v1/traces).
import { encodeExportLogsServiceResponse } from '@tracehouse/otlp';
import type { IngestError } from '../../reasons';
import type { ProtocolLabel } from '../../telemetry';
import type { HttpAnswer, HttpEndpoint } from '../../transport/http-receiver';
import { otlpHttpEndpoint } from '../otlp/http';

const PROTOBUF = 'application/x-protobuf';
const JSON_TYPE = 'application/json';

/** The OTLP/HTTP logs endpoint. Logs are accepted whole or refused, so a success never carries partial_success. */
export const otlpLogsHttpEndpoint: HttpEndpoint = {
  path: '/v1/logs',
  defaultProtocol: 'otlp_logs_http_protobuf',
  acceptedMediaTypes: [PROTOBUF, JSON_TYPE],
  protocolFor(mediaType: string): ProtocolLabel | undefined {
    if (mediaType === PROTOBUF || mediaType === 'application/protobuf') return 'otlp_logs_http_protobuf';
    if (mediaType === JSON_TYPE) return 'otlp_logs_http_json';
    return undefined;
  },
  ok(_outcome, protocol: ProtocolLabel): HttpAnswer {
    if (protocol === 'otlp_logs_http_json') return { status: 200, contentType: JSON_TYPE, body: '{}' };
    return { status: 200, contentType: PROTOBUF, body: encodeExportLogsServiceResponse({}) };
  },
  error(err: IngestError, protocol: ProtocolLabel | undefined): HttpAnswer {
    // The same google.rpc.Status answer as /v1/traces, in the encoding of the request.
    return otlpHttpEndpoint.error(err, protocol === 'otlp_logs_http_json' ? 'otlp_http_json' : protocol === undefined ? undefined : 'otlp_http_protobuf');
  },
};
