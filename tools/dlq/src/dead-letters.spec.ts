import { DLQ_HEADERS, REPLAYED_FROM_HEADER } from '@tracehouse/stage-runtime';
import {
  addReplayed,
  decodeReplayed,
  describeDeadLetter,
  encodeReplayed,
  formatTable,
  matchesSelection,
  MAX_REPLAYED_CHARS,
  NONE_REPLAYED,
  parseOffsets,
  replayedState,
  replayMessage,
  selectDeadLetters,
  type DeadLetter,
  type PartitionRange,
} from './dead-letters';

const TOPIC = 'raw-spans.dlq';

/** A dead letter as the stage runtime writes it: original headers plus the DLQ headers. */
function deadLetter(partition: number, offset: number, reason: string, extra: Record<string, string> = {}): DeadLetter {
  return {
    topic: TOPIC,
    partition,
    offset: BigInt(offset),
    key: Buffer.from(`acme/4bf92f3577b34da6a3ce929d0e0e47${String(offset).padStart(2, '0')}`),
    value: Buffer.from(`value-${partition}-${offset}`),
    headers: {
      'tenant-id': 'acme',
      'received-at': '1700000000000',
      [DLQ_HEADERS.stage]: 'spans-grouper',
      [DLQ_HEADERS.error]: 'PermanentError: raw-spans record at offset 7 has trace id "x"',
      [DLQ_HEADERS.errorKind]: 'permanent',
      [DLQ_HEADERS.reason]: reason,
      [DLQ_HEADERS.sourceTopic]: 'raw-spans',
      [DLQ_HEADERS.sourcePartition]: String(partition),
      [DLQ_HEADERS.sourceOffset]: String(offset + 100),
      [DLQ_HEADERS.failedAt]: '1700000005000',
      ...extra,
    },
    timestamp: 1700000005001,
  };
}

const partitions: PartitionRange[] = [
  { partition: 0, low: 0n, high: 3n },
  { partition: 1, low: 5n, high: 7n },
];
const records = [deadLetter(0, 0, 'invalid'), deadLetter(0, 1, 'undecodable'), deadLetter(0, 2, 'invalid'), deadLetter(1, 5, 'too-large'), deadLetter(1, 6, 'invalid')];
const addresses = (list: DeadLetter[]): string[] => list.map((r) => `${r.partition}:${r.offset}`);

describe('replayMessage', () => {
  it('writes back the original key, value and headers to the source topic, naming the dead letter it came from', () => {
    const m = replayMessage(deadLetter(1, 6, 'invalid', { 'x-custom': 'kept' }));
    expect(m.topic).toBe('raw-spans');
    expect(m.key?.toString()).toBe('acme/4bf92f3577b34da6a3ce929d0e0e4706');
    expect(m.value.toString()).toBe('value-1-6');
    expect(m.headers).toEqual({ 'tenant-id': 'acme', 'received-at': '1700000000000', 'x-custom': 'kept', [REPLAYED_FROM_HEADER]: 'raw-spans.dlq/1/6' });
  });

  it('falls back to the topic name without .dlq, and refuses a record that names no source', () => {
    const { [DLQ_HEADERS.sourceTopic]: _, ...headers } = deadLetter(0, 0, 'invalid').headers;
    expect(replayMessage({ ...deadLetter(0, 0, 'invalid'), headers }).topic).toBe('raw-spans');
    expect(() => replayMessage({ ...deadLetter(0, 0, 'invalid'), topic: 'parking-lot', headers })).toThrow('parking-lot/0/0 names no source topic');
  });

  it('replays an empty key as no key', () => {
    expect(replayMessage({ ...deadLetter(0, 0, 'invalid'), key: Buffer.alloc(0) }).key).toBeNull();
  });
});

describe('parseOffsets', () => {
  it('reads partition:offset, ranges and bare offsets', () => {
    expect(parseOffsets('0:12, 1:3-5,7').map((s) => [s.partition, s.from, s.to])).toEqual([
      [0, 12n, 12n],
      [1, 3n, 5n],
      [undefined, 7n, 7n],
    ]);
  });

  it.each([
    ['0:x', '"0:x" is not an offset'],
    ['-1', '"-1" is not an offset'],
    ['0:9-3', '"0:9-3" is an empty range'],
    [' , ', '--offsets is empty'],
  ])('rejects %s naming it', (text, message) => {
    expect(() => parseOffsets(text)).toThrow(message);
  });
});

describe('selectDeadLetters', () => {
  it('selects by offsets, reason and partition, every filter holding, in partition and offset order', () => {
    expect(addresses(selectDeadLetters([...records].reverse(), partitions, {}, TOPIC))).toEqual(['0:0', '0:1', '0:2', '1:5', '1:6']);
    expect(addresses(selectDeadLetters(records, partitions, { reason: 'invalid' }, TOPIC))).toEqual(['0:0', '0:2', '1:6']);
    expect(addresses(selectDeadLetters(records, partitions, { reason: 'invalid', partition: 1 }, TOPIC))).toEqual(['1:6']);
    expect(addresses(selectDeadLetters(records, partitions, { offsets: parseOffsets('0:1-2,1:5') }, TOPIC))).toEqual(['0:1', '0:2', '1:5']);
    expect(addresses(selectDeadLetters(records, partitions, { offsets: parseOffsets('5'), partition: 1 }, TOPIC))).toEqual(['1:5']);
  });

  it('agrees record by record with what the reader keeps values for', () => {
    const selections = [{}, { reason: 'invalid' as const }, { partition: 1 }, { offsets: parseOffsets('0:1-2,1:5') }, { offsets: parseOffsets('5'), partition: 1 }];
    for (const selection of selections) {
      expect(addresses(records.filter((r) => matchesSelection(r, selection, partitions)))).toEqual(addresses(selectDeadLetters(records, partitions, selection, TOPIC)));
    }
  });

  it('names an offset the topic does not hold, and what the partition holds', () => {
    expect(() => selectDeadLetters(records, partitions, { offsets: parseOffsets('0:9') }, TOPIC)).toThrow('offset 0:9 is not in raw-spans.dlq: partition 0 holds offsets 0 to 2');
    expect(() => selectDeadLetters(records, partitions, { offsets: parseOffsets('1:0-4') }, TOPIC)).toThrow('offsets 1:0-4 match nothing in raw-spans.dlq: partition 1 holds offsets 5 to 6');
    expect(() => selectDeadLetters(records, partitions, { offsets: parseOffsets('3:0') }, TOPIC)).toThrow('raw-spans.dlq has no partition 3');
    expect(() => selectDeadLetters(records, partitions, { partition: 4 }, TOPIC)).toThrow('raw-spans.dlq has no partition 4: it has partitions 0 to 1');
  });

  it('needs the partition of a bare offset unless the topic has only one', () => {
    expect(() => selectDeadLetters(records, partitions, { offsets: parseOffsets('1') }, TOPIC)).toThrow('offset "1" names no partition and raw-spans.dlq has 2');
    const one = [{ partition: 0, low: 0n, high: 3n }];
    expect(addresses(selectDeadLetters(records.slice(0, 3), one, { offsets: parseOffsets('1') }, TOPIC))).toEqual(['0:1']);
    expect(() => selectDeadLetters(records, partitions, { offsets: parseOffsets('0:1'), partition: 1 }, TOPIC)).toThrow('is in partition 0, but --partition 1 was given');
  });
});

describe('the replayed record', () => {
  it('round-trips through the commit metadata as ranges', () => {
    const set = addReplayed(NONE_REPLAYED, [5n, 3n, 4n, 9n], 0n);
    expect(encodeReplayed(set)).toBe('v1;0;3-5,9');
    expect(decodeReplayed(encodeReplayed(set))).toEqual(set);
    expect([2n, 3n, 5n, 6n, 9n].map((o) => replayedState(set, o))).toEqual(['no', 'yes', 'yes', 'no', 'yes']);
  });

  it('reads anything else (no commit, a foreign commit) as nothing recorded', () => {
    expect(decodeReplayed(null)).toEqual(NONE_REPLAYED);
    expect(decodeReplayed('')).toEqual(NONE_REPLAYED);
    expect(decodeReplayed('some other tool')).toEqual(NONE_REPLAYED);
  });

  it('forgets offsets below the log start, and stays under the broker metadata cap by raising the floor', () => {
    expect(addReplayed(addReplayed(NONE_REPLAYED, [1n, 2n, 3n, 8n], 0n), [], 3n)).toEqual({ floor: 0n, ranges: [[3n, 3n], [8n, 8n]] });
    // Every other offset replayed: no ranges merge, so the record would grow without bound.
    const sparse = Array.from({ length: 2_000 }, (_, i) => BigInt(i * 2));
    const capped = addReplayed(NONE_REPLAYED, sparse, 0n);
    expect(encodeReplayed(capped).length).toBeLessThanOrEqual(MAX_REPLAYED_CHARS);
    expect(replayedState(capped, 3_998n)).toBe('yes');
    expect(replayedState(capped, 0n)).toBe('unknown');
    expect(replayedState(capped, 3_999n)).toBe('no');
  });
});

describe('describeDeadLetter and formatTable', () => {
  it('shows what an operator needs to decide, with the reason from the bounded list', () => {
    const row = describeDeadLetter(deadLetter(1, 6, 'too-large', { [DLQ_HEADERS.part]: 'span 00f067aa0ba902b7' }), 'yes');
    expect(row).toEqual({
      partition: 1,
      offset: '6',
      key: 'acme/4bf92f3577b34da6a3ce929d0e0e4706',
      stage: 'spans-grouper',
      kind: 'permanent',
      reason: 'too-large',
      part: 'span 00f067aa0ba902b7',
      error: 'PermanentError: raw-spans record at offset 7 has trace id "x"',
      time: '2023-11-14T22:13:25.000Z',
      source: 'raw-spans/1/106',
      tenant: 'acme',
      replayed: 'yes',
    });
    expect(describeDeadLetter(deadLetter(0, 0, 'free text from an old producer'), 'no').reason).toBe('unknown');
    expect(describeDeadLetter({ ...deadLetter(0, 0, 'invalid'), key: Buffer.from([0, 1, 255]) }, 'no').key).toBe('0x0001ff');
  });

  it('lays rows out in aligned columns with the error last', () => {
    const table = formatTable([describeDeadLetter(records[0] as DeadLetter, 'no'), describeDeadLetter(records[3] as DeadLetter, 'yes')]).split('\n');
    expect(table[0]).toMatch(/^PARTITION\s+OFFSET\s+TIME\s+KEY\s+STAGE\s+KIND\s+REASON\s+PART\s+REPLAYED\s+ERROR$/);
    expect(table[2]).toMatch(/^1\s+5\s+2023-11-14T22:13:25.000Z\s+acme\/\S+\s+spans-grouper\s+permanent\s+too-large\s+-\s+yes\s+PermanentError: /);
    expect(table[1]?.indexOf('spans-grouper')).toBe(table[2]?.indexOf('spans-grouper'));
  });
});
