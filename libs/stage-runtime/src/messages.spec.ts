import { PermanentError } from './errors';
import { deadLetterRecord, DLQ_HEADERS, isDeadLetter, originalHeaders, REPLAYED_FROM_HEADER, type InboundMessage } from './messages';

const trace: InboundMessage = {
  topic: 'enriched-traces',
  partition: 3,
  offset: '41',
  key: Buffer.from('acme/4bf92f3577b34da6a3ce929d0e0e4736'),
  value: Buffer.from('whole trace'),
  headers: { 'tenant-id': 'acme', 'received-at': '1700000000000' },
  timestamp: 1700000000001,
};

describe('deadLetterRecord', () => {
  it('keeps the message and its headers, and names stage, kind, reason and origin', () => {
    const record = deadLetterRecord(trace, new PermanentError('bad ids', { reason: 'invalid' }), { stage: 'view-generator' });
    expect(record.topic).toBe('enriched-traces.dlq');
    expect(record.value.toString()).toBe('whole trace');
    expect(record.headers).toMatchObject({
      'tenant-id': 'acme',
      'received-at': '1700000000000',
      [DLQ_HEADERS.stage]: 'view-generator',
      [DLQ_HEADERS.errorKind]: 'permanent',
      [DLQ_HEADERS.reason]: 'invalid',
      [DLQ_HEADERS.error]: 'PermanentError: bad ids',
      [DLQ_HEADERS.sourceTopic]: 'enriched-traces',
      [DLQ_HEADERS.sourcePartition]: '3',
      [DLQ_HEADERS.sourceOffset]: '41',
    });
    expect(record.headers?.[DLQ_HEADERS.part]).toBeUndefined();
    expect(isDeadLetter(record)).toBe(true);
  });

  it('dead-letters a derived part (one span) with its own value, pointing at the message it came from', () => {
    const record = deadLetterRecord(trace, new Error('ClickHouse refused the row'), {
      stage: 'view-generator',
      kind: 'permanent',
      reason: 'refused-by-store',
      part: { value: Buffer.from('trace of one span'), description: 'span 00f067aa0ba902b7' },
    });
    expect(record.value.toString()).toBe('trace of one span');
    expect(record.key).toEqual(trace.key);
    expect(record.headers).toMatchObject({ [DLQ_HEADERS.reason]: 'refused-by-store', [DLQ_HEADERS.part]: 'span 00f067aa0ba902b7', [DLQ_HEADERS.sourceOffset]: '41' });
  });

  it('derives the reason when none is given: a PermanentError names its own, a retried error ran out of attempts', () => {
    expect(deadLetterRecord(trace, new PermanentError('x', { reason: 'too-large' }), { stage: 's' }).headers?.[DLQ_HEADERS.reason]).toBe('too-large');
    expect(deadLetterRecord(trace, new Error('x'), { stage: 's' }).headers?.[DLQ_HEADERS.reason]).toBe('retries-exhausted');
    // The caller decided it is bad input (kind permanent) without a PermanentError.
    expect(deadLetterRecord(trace, new Error('x'), { stage: 's', kind: 'permanent' }).headers?.[DLQ_HEADERS.reason]).toBe('invalid');
  });

  it('replaces, not duplicates, the DLQ headers of a replayed message dead-lettered again, and keeps where it was replayed from', () => {
    const first = deadLetterRecord(trace, new Error('x'), { stage: 's', kind: 'permanent', part: { value: Buffer.from('p'), description: 'span 1' } });
    const replayed: InboundMessage = { ...trace, offset: '90', headers: { ...originalHeaders(first.headers ?? {}), [REPLAYED_FROM_HEADER]: 'enriched-traces.dlq/3/7' } };
    const again = deadLetterRecord(replayed, new PermanentError('y', { reason: 'too-large' }), { stage: 's' });
    expect(again.headers?.[DLQ_HEADERS.part]).toBeUndefined();
    expect(again.headers).toMatchObject({ [DLQ_HEADERS.reason]: 'too-large', [DLQ_HEADERS.sourceOffset]: '90', [REPLAYED_FROM_HEADER]: 'enriched-traces.dlq/3/7' });
  });
});

describe('originalHeaders', () => {
  it('gives back exactly the headers the message was read with', () => {
    const record = deadLetterRecord(trace, new Error('x'), { stage: 's' });
    expect(originalHeaders(record.headers ?? {})).toEqual(trace.headers);
  });
});

describe('describeError in the dlq-error header', () => {
  it('names the cause once even when the message already quotes it', () => {
    const record = deadLetterRecord(trace, new PermanentError('could not decode x: Unexpected token', { cause: new Error('Unexpected token') }), { stage: 's' });
    expect(record.headers?.[DLQ_HEADERS.error]).toBe('PermanentError: could not decode x: Unexpected token');
    const wrapped = deadLetterRecord(trace, new PermanentError('could not store', { cause: new Error('connection reset') }), { stage: 's' });
    expect(wrapped.headers?.[DLQ_HEADERS.error]).toBe('PermanentError: could not store: connection reset');
  });
});
