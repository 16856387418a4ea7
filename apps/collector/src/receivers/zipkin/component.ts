import { defineReceiver } from '../component';
import { tracesDataSplit } from '../decoder';
import { decodeZipkinJson, decodeZipkinProto3 } from './decode';
import { zipkinHttpEndpoint, zipkinV1HttpEndpoint } from './http';
import { decodeZipkinV1Json, decodeZipkinV1Thrift } from './v1';

/** Zipkin v2 over HTTP: POST /api/v2/spans as JSON or proto3. */
export const zipkinReceiver = defineReceiver({
  name: 'Zipkin',
  protocols: ['zipkin_json', 'zipkin_proto3'],
  portKey: 'COLLECTOR_ZIPKIN_PORT',
  binding: { kind: 'http', endpoints: [zipkinHttpEndpoint] },
  decode(protocol, body, context) {
    const options = { parseStringTags: context.zipkinParseStringTags, onRepairs: context.onRepairs };
    return tracesDataSplit(protocol === 'zipkin_proto3' ? decodeZipkinProto3(body, options) : decodeZipkinJson(body, options));
  },
});

/** Zipkin v1 over HTTP: POST /api/v1/spans as JSON or Thrift, on the same port as v2 (the transport shares it). */
export const zipkinV1Receiver = defineReceiver({
  name: 'Zipkin v1',
  protocols: ['zipkin_v1_json', 'zipkin_v1_thrift'],
  portKey: 'COLLECTOR_ZIPKIN_PORT',
  binding: { kind: 'http', endpoints: [zipkinV1HttpEndpoint] },
  decode(protocol, body, context) {
    const options = { parseStringTags: context.zipkinParseStringTags, onRepairs: context.onRepairs };
    return tracesDataSplit(protocol === 'zipkin_v1_thrift' ? decodeZipkinV1Thrift(body, options) : decodeZipkinV1Json(body, options));
  },
});
