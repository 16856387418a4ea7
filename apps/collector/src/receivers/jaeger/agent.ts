// Jaeger agent UDP datagrams: one Thrift message per datagram, the oneway call
// `Agent.emitBatch(1: jaeger.Batch batch)` of jaegertracing/jaeger-idl thrift/agent.thrift, in
// Thrift compact (port 6831) or binary (port 6832), as jaeger-client libraries send them and the
// Jaeger agent and the OpenTelemetry Collector's jaeger receiver (thrift_compact, thrift_binary)
// read them. The Batch inside is the one the HTTP path reads, translated by the same rules.
import type { TracesData } from '@tracehouse/otlp';
import { ReceiverDecodeError } from '../errors';
import { ThriftBinaryReader } from '../thrift/binary';
import { ThriftCompactReader } from '../thrift/compact';
import { TMessageType, TType } from '../thrift/reader';
import { readBatchStruct } from './decode';
import type { JaegerBatch } from './model';
import { jaegerToTracesData } from './translate';

/** The Thrift encodings the agent ports take. */
export type AgentEncoding = 'compact' | 'binary';

/**
 * Reads one `Agent.emitBatch` datagram into the shared Jaeger model. Bytes after the message are
 * ignored, as the Jaeger agent's server reads one message per datagram and nothing more.
 * @throws {ReceiverDecodeError} not a Thrift message of `encoding`, another method than emitBatch,
 *   a call without a batch, or a batch with missing or zero ids.
 */
export function readAgentDatagram(datagram: Uint8Array, encoding: AgentEncoding): JaegerBatch {
  const what = `Jaeger agent ${encoding} datagram`;
  const r = encoding === 'compact' ? new ThriftCompactReader(datagram, what) : new ThriftBinaryReader(datagram, what);
  const header = r.messageBegin('message header');
  if (header.name !== 'emitBatch') {
    // emitZipkinBatch (Zipkin v1 spans over the agent) was removed from Jaeger in 1.x and is not read here.
    throw new ReceiverDecodeError(`${what}: method ${JSON.stringify(header.name)} is not supported: send Agent.emitBatch.`);
  }
  if (header.type !== TMessageType.ONEWAY && header.type !== TMessageType.CALL) {
    throw new ReceiverDecodeError(`${what}: message type ${header.type} is not a call (1) or oneway call (4).`);
  }
  let batch: JaegerBatch | undefined;
  r.struct('emitBatch', (type, id) => {
    if (id !== 1) return false;
    r.expect(type, TType.STRUCT, 'emitBatch.batch');
    batch = readBatchStruct(r, 'batch');
    return true;
  });
  if (!batch) throw new ReceiverDecodeError(`${what}: emitBatch.batch: is required.`);
  return batch;
}

/**
 * Decodes one Jaeger agent datagram (`Agent.emitBatch`, Thrift `encoding`) into OTLP `TracesData`.
 * @throws {ReceiverDecodeError} see {@link readAgentDatagram}.
 */
export function decodeJaegerAgentDatagram(datagram: Uint8Array, encoding: AgentEncoding): TracesData {
  return jaegerToTracesData([readAgentDatagram(datagram, encoding)]);
}
