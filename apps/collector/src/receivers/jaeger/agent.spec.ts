import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReceiverDecodeError } from '../errors';
import { CompactWriter, binaryEmitBatch, binaryToCompact } from '../thrift/testdata/transcode';
import { decodeJaegerAgentDatagram } from './agent';
import { decodeJaegerThrift } from './decode';
import { parseJsonKeepingBigInts, thriftBatchFromJson } from './testdata/encode';

const captured = readFileSync(join(__dirname, 'testdata/jaeger-client-node-emitbatch.udp.bin'));
const names = (td: ReturnType<typeof decodeJaegerThrift>) => (td.resource_spans ?? []).flatMap((rs) => (rs.scope_spans ?? []).flatMap((ss) => (ss.spans ?? []).map((s) => s.name)));

describe('Jaeger agent datagrams (Agent.emitBatch)', () => {
  it('decodes the real jaeger-client UDP datagram (binary, port 6832) like the same batch over HTTP', () => {
    const td = decodeJaegerAgentDatagram(captured, 'binary');
    expect(names(td).sort()).toEqual(['GET /stock', 'redis GET']);
    const service = td.resource_spans?.[0].resource?.attributes?.find((a) => a.key === 'service.name');
    expect(service?.value?.string_value).toBe('inventory');
    // The batch inside the message is what the HTTP path reads: strip the header (4 + 4 + 9 + 4)
    // and the args struct's field header (3) and STOP (1).
    const batch = captured.subarray(21 + 3, captured.length - 1);
    expect(td).toEqual(decodeJaegerThrift(batch));
  });

  it('decodes the same datagram re-encoded as Thrift compact (port 6831) to the same spans', () => {
    const compact = binaryToCompact(captured, { message: true });
    expect(compact.length).toBeLessThan(captured.length);
    // The committed compact fixture (used where the transcoder cannot be imported) is this re-encoding.
    expect(readFileSync(join(__dirname, 'testdata/jaeger-client-node-emitbatch.compact.bin'))).toEqual(compact);
    expect(decodeJaegerAgentDatagram(compact, 'compact')).toEqual(decodeJaegerAgentDatagram(captured, 'binary'));
  });

  it("decodes Jaeger's thrift_batch_01 fixture as a compact emitBatch, ids above 2^53 exact", () => {
    const batch = thriftBatchFromJson(parseJsonKeepingBigInts(readFileSync(join(__dirname, 'testdata/jaeger-thrift-batch-01.json'), 'utf8')) as never);
    const compact = binaryToCompact(binaryEmitBatch(batch), { message: true });
    expect(decodeJaegerAgentDatagram(compact, 'compact')).toEqual(decodeJaegerThrift(batch));
  });

  it('reads a CALL as well as a ONEWAY message and ignores bytes after the message', () => {
    const batch = captured.subarray(24, captured.length - 1);
    const call = binaryEmitBatch(batch, { type: 1, seqId: 9 });
    expect(decodeJaegerAgentDatagram(Buffer.concat([call, Buffer.alloc(16)]), 'binary')).toEqual(decodeJaegerAgentDatagram(captured, 'binary'));
  });

  it.each([
    ['another method', new CompactWriter().message('emitZipkinBatch', 4, 0).beginStruct().stop().bytes(), 'compact', 'Jaeger agent compact datagram: method "emitZipkinBatch" is not supported: send Agent.emitBatch.'],
    ['a reply', new CompactWriter().message('emitBatch', 2, 0).beginStruct().stop().bytes(), 'compact', 'Jaeger agent compact datagram: message type 2 is not a call (1) or oneway call (4).'],
    ['no batch', new CompactWriter().message('emitBatch', 4, 0).beginStruct().stop().bytes(), 'compact', 'Jaeger agent compact datagram: emitBatch.batch: is required.'],
    ['binary sent to the compact port', captured, 'compact', 'Jaeger agent compact datagram: message header: protocol id 0x80 is not Thrift compact (0x82).'],
    ['JSON sent to the binary port', Buffer.from('{"spans":[]}'), 'binary', 'Jaeger agent binary datagram: message header: needs 2065855344 bytes at offset 4, only 8 left (truncated or not Thrift binary).'],
  ] as const)('refuses %s with a message naming what was wrong', (_name, datagram, encoding, message) => {
    expect(() => decodeJaegerAgentDatagram(datagram, encoding)).toThrow(new ReceiverDecodeError(message));
  });

  it('refuses a truncated datagram and a span with a zero span id, naming the field', () => {
    expect(() => decodeJaegerAgentDatagram(captured.subarray(0, 200), 'binary')).toThrow(/^Jaeger agent binary datagram: .*needs \d+ bytes at offset \d+/);
    const batch = captured.subarray(24, captured.length - 1);
    const zeroed = Buffer.from(batch);
    // Zero the first span's spanId (field 3, i64) wherever the batch holds it.
    const at = zeroed.indexOf(Buffer.from([10, 0, 3]));
    zeroed.fill(0, at + 3, at + 11);
    expect(() => decodeJaegerAgentDatagram(binaryEmitBatch(zeroed), 'binary')).toThrow(new ReceiverDecodeError('span[0].spanId: is all zeros.'));
  });
});
