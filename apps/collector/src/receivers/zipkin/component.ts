import { defineReceiver } from '../component';
import { tracesDataSplit } from '../decoder';
import { decodeZipkinJson, decodeZipkinProto3 } from './decode';
import { zipkinHttpEndpoint } from './http';

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
