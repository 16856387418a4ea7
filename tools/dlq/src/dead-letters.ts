// The dead-letter tool's logic as plain functions over plain data: what a dead-letter record says,
// which records a command selects, what a replay writes, and the compact record of what was
// replayed. No kafkajs here; kafka-dlq.ts is the adapter.
import { DLQ_HEADERS, isDeadLetterReason, originalHeaders, REPLAYED_FROM_HEADER, type DeadLetterReason } from '@tracehouse/stage-runtime';

/** A record read from a dead-letter topic, translated out of kafkajs types. */
export interface DeadLetter {
  readonly topic: string;
  readonly partition: number;
  readonly offset: bigint;
  readonly key: Buffer | undefined;
  readonly value: Buffer;
  readonly headers: Readonly<Record<string, string>>;
  /** Broker timestamp, ms since the epoch. */
  readonly timestamp: number;
}

/** Whether a dead letter was replayed: `unknown` when it is older than what the replay record still holds. */
export type ReplayedState = 'yes' | 'no' | 'unknown';

/** One line of `dlq list`: what a dead letter is, why it failed, and whether it was replayed. */
export interface DeadLetterRow {
  readonly partition: number;
  readonly offset: string;
  readonly key: string;
  readonly stage: string;
  readonly kind: string;
  readonly reason: DeadLetterReason;
  /** Which part of the source message this is (one span), when a stage dead-lettered only a part. */
  readonly part: string | undefined;
  readonly error: string;
  /** When the stage dead-lettered it (ISO 8601); the broker timestamp when the header is missing. */
  readonly time: string;
  readonly source: string;
  readonly tenant: string | undefined;
  readonly replayed: ReplayedState;
}

/** A key as people read it: UTF-8 when it is printable text (every pipeline key is), hex otherwise. */
export function printableKey(key: Buffer | undefined): string {
  if (!key || key.length === 0) return '';
  const text = key.toString('utf8');
  return /^[\x20-\x7e]*$/.test(text) ? text : `0x${key.toString('hex')}`;
}

/** What `list` shows of a dead letter. */
export function describeDeadLetter(record: DeadLetter, replayed: ReplayedState): DeadLetterRow {
  const h = record.headers;
  const failedAt = Number(h[DLQ_HEADERS.failedAt]);
  const reason = h[DLQ_HEADERS.reason];
  return {
    partition: record.partition,
    offset: record.offset.toString(),
    key: printableKey(record.key),
    stage: h[DLQ_HEADERS.stage] ?? '',
    kind: h[DLQ_HEADERS.errorKind] ?? '',
    reason: isDeadLetterReason(reason) ? reason : 'unknown',
    part: h[DLQ_HEADERS.part],
    error: h[DLQ_HEADERS.error] ?? '',
    time: new Date(Number.isFinite(failedAt) && failedAt > 0 ? failedAt : record.timestamp).toISOString(),
    source: `${sourceTopic(record)}/${h[DLQ_HEADERS.sourcePartition] ?? '?'}/${h[DLQ_HEADERS.sourceOffset] ?? '?'}`,
    tenant: h['tenant-id'],
    replayed,
  };
}

/** The topic a dead letter came from: its `dlq-source-topic` header, else its topic without `.dlq`. */
export function sourceTopic(record: Pick<DeadLetter, 'topic' | 'headers'>): string {
  return record.headers[DLQ_HEADERS.sourceTopic] ?? record.topic.replace(/\.dlq$/, '');
}

/** A message to write back to its source topic. */
export interface ReplayMessage {
  readonly topic: string;
  readonly key: Buffer | null;
  readonly value: Buffer;
  readonly headers: Record<string, string>;
}

/** `<dlq topic>/<partition>/<offset>`: the value of the `dlq-replayed-from` header. */
export function deadLetterAddress(record: Pick<DeadLetter, 'topic' | 'partition' | 'offset'>): string {
  return `${record.topic}/${record.partition}/${record.offset}`;
}

/**
 * The message a replay writes: the original key, value and headers (tenant-id, received-at, ...)
 * without the DLQ headers, plus `dlq-replayed-from`. The stages see the very message they refused,
 * so their dedup by (tenant, trace id, span id) makes replaying it twice harmless.
 */
export function replayMessage(record: DeadLetter): ReplayMessage {
  if (record.topic === sourceTopic(record)) {
    throw new Error(`${deadLetterAddress(record)} names no source topic (no ${DLQ_HEADERS.sourceTopic} header and its topic does not end in .dlq): it cannot be replayed`);
  }
  return {
    topic: sourceTopic(record),
    key: record.key && record.key.length > 0 ? record.key : null,
    value: record.value,
    headers: { ...originalHeaders(record.headers), [REPLAYED_FROM_HEADER]: deadLetterAddress(record) },
  };
}

/** An offset or a range of offsets, in one partition or (when `partition` is undefined) in the only one. */
export interface OffsetSpec {
  readonly text: string;
  readonly partition: number | undefined;
  readonly from: bigint;
  readonly to: bigint;
}

/**
 * Parses `--offsets`: a comma-separated list of `P:O`, `P:O1-O2`, or `O` / `O1-O2` when the
 * partition is implied (`--partition`, or a topic of one partition).
 * @throws Error naming the item that is not an offset.
 */
export function parseOffsets(text: string): OffsetSpec[] {
  const specs = text.split(',').map((s) => s.trim()).filter(Boolean).map((item) => {
    const m = /^(?:(\d{1,5}):)?(\d{1,19})(?:-(\d{1,19}))?$/.exec(item);
    if (!m) throw new Error(`"${item}" is not an offset: write P:O (partition:offset), P:O1-O2, or O when the topic has one partition`);
    const from = BigInt(m[2] as string);
    const to = m[3] === undefined ? from : BigInt(m[3]);
    if (to < from) throw new Error(`"${item}" is an empty range: the second offset must not be below the first`);
    return { text: item, partition: m[1] === undefined ? undefined : Number(m[1]), from, to };
  });
  if (specs.length === 0) throw new Error('--offsets is empty: give P:O[,P:O...]');
  return specs;
}

/** What a command picks among the records read: every filter given must hold. */
export interface Selection {
  readonly partition?: number;
  readonly offsets?: readonly OffsetSpec[];
  readonly reason?: DeadLetterReason;
}

/** Partitions of the dead-letter topic as read: what each held when the command started. */
export interface PartitionRange {
  readonly partition: number;
  /** First offset still in the log. */
  readonly low: bigint;
  /** High watermark at start: the command reads below it, never waits for more. */
  readonly high: bigint;
}

/**
 * The records a selection picks, in partition and offset order. An offset asked for by number that
 * the topic does not hold is an error naming it and what the partition holds, rather than a
 * silent no-op.
 */
export function selectDeadLetters(records: readonly DeadLetter[], partitions: readonly PartitionRange[], selection: Selection, topic: string): DeadLetter[] {
  const known = new Set(partitions.map((p) => p.partition));
  if (selection.partition !== undefined && !known.has(selection.partition)) {
    throw new Error(`${topic} has no partition ${selection.partition}: it has partitions 0 to ${partitions.length - 1}`);
  }
  const specs = (selection.offsets ?? []).map((spec) => {
    const partition = spec.partition ?? selection.partition ?? (partitions.length === 1 ? partitions[0]?.partition : undefined);
    if (partition === undefined) throw new Error(`offset "${spec.text}" names no partition and ${topic} has ${partitions.length}: write P:${spec.text} or pass --partition`);
    if (!known.has(partition)) throw new Error(`offset "${spec.text}": ${topic} has no partition ${partition} (it has 0 to ${partitions.length - 1})`);
    if (selection.partition !== undefined && partition !== selection.partition) throw new Error(`offset "${spec.text}" is in partition ${partition}, but --partition ${selection.partition} was given`);
    return { ...spec, partition };
  });
  // Every spec checked above; the filter below resolves bare offsets the same way.
  const byAddress = new Set(records.map((r) => `${r.partition}:${r.offset}`));
  for (const spec of specs) {
    const range = partitions.find((p) => p.partition === spec.partition) as PartitionRange;
    const holds = range.high > range.low ? `partition ${spec.partition} holds offsets ${range.low} to ${range.high - 1n}` : `partition ${spec.partition} is empty`;
    if (spec.from === spec.to && !byAddress.has(`${spec.partition}:${spec.from}`)) throw new Error(`offset ${spec.partition}:${spec.from} is not in ${topic}: ${holds}`);
    if (spec.from !== spec.to && !records.some((r) => r.partition === spec.partition && r.offset >= spec.from && r.offset <= spec.to)) {
      throw new Error(`offsets ${spec.partition}:${spec.from}-${spec.to} match nothing in ${topic}: ${holds}`);
    }
  }
  return records.filter((r) => matchesSelection(r, selection, partitions)).sort((a, b) => a.partition - b.partition || (a.offset < b.offset ? -1 : a.offset > b.offset ? 1 : 0));
}

/**
 * Whether one record is selected (no validation: {@link selectDeadLetters} names bad offsets). The
 * reader uses it to keep only the values a replay will write, so memory follows the selection.
 */
export function matchesSelection(record: Pick<DeadLetter, 'partition' | 'offset' | 'headers'>, selection: Selection, partitions: readonly PartitionRange[]): boolean {
  if (selection.partition !== undefined && record.partition !== selection.partition) return false;
  if (selection.reason !== undefined && describeReason(record) !== selection.reason) return false;
  const specs = selection.offsets ?? [];
  if (specs.length === 0) return true;
  const implied = selection.partition ?? (partitions.length === 1 ? partitions[0]?.partition : undefined);
  return specs.some((s) => (s.partition ?? implied) === record.partition && record.offset >= s.from && record.offset <= s.to);
}

function describeReason(record: Pick<DeadLetter, 'headers'>): DeadLetterReason {
  const reason = record.headers[DLQ_HEADERS.reason];
  return isDeadLetterReason(reason) ? reason : 'unknown';
}

/**
 * The offsets of one dead-letter partition already replayed, kept as sorted, disjoint, inclusive
 * ranges so that "replay all" stays a few bytes. Stored as the metadata of the tool's consumer-group
 * offset (a string the broker caps, 4096 bytes by default): `v1;<floor>;<from>-<to>,...`. When the
 * ranges outgrow {@link MAX_REPLAYED_CHARS} the lowest are dropped and `floor` rises above them:
 * below `floor`, whether a record was replayed is `unknown`.
 */
export interface ReplayedOffsets {
  readonly floor: bigint;
  readonly ranges: ReadonlyArray<readonly [bigint, bigint]>;
}

/** What fits in the broker's default `offset.metadata.max.bytes` (4096) with room to spare. */
export const MAX_REPLAYED_CHARS = 3_800;

/** Nothing replayed yet. */
export const NONE_REPLAYED: ReplayedOffsets = { floor: 0n, ranges: [] };

/** Reads the commit metadata back; anything unreadable counts as nothing recorded (`unknown` below it is not claimed). */
export function decodeReplayed(metadata: string | null | undefined): ReplayedOffsets {
  const m = /^v1;(\d+);([\d,-]*)$/.exec(metadata ?? '');
  if (!m) return NONE_REPLAYED;
  const ranges: Array<readonly [bigint, bigint]> = [];
  for (const part of (m[2] as string).split(',').filter(Boolean)) {
    const [a, b] = part.split('-');
    if (a === undefined || a === '') return NONE_REPLAYED;
    ranges.push([BigInt(a), BigInt(b ?? a)]);
  }
  return { floor: BigInt(m[1] as string), ranges: normalize(ranges) };
}

/** The commit metadata of a replay record. */
export function encodeReplayed(replayed: ReplayedOffsets): string {
  return `v1;${replayed.floor};${replayed.ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',')}`;
}

function normalize(ranges: ReadonlyArray<readonly [bigint, bigint]>): Array<readonly [bigint, bigint]> {
  const sorted = [...ranges].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const out: Array<[bigint, bigint]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1n) last[1] = b > last[1] ? b : last[1];
    else out.push([a, b]);
  }
  return out;
}

/**
 * Adds replayed offsets; drops what lies below the log's start (`low`: those records are gone), and
 * drops the lowest ranges (raising `floor`) while the encoding is over {@link MAX_REPLAYED_CHARS}.
 */
export function addReplayed(replayed: ReplayedOffsets, offsets: readonly bigint[], low: bigint): ReplayedOffsets {
  let ranges = normalize([...replayed.ranges, ...offsets.map((o) => [o, o] as const)])
    .filter(([, b]) => b >= low)
    .map(([a, b]) => [a < low ? low : a, b] as const);
  let floor = replayed.floor;
  while (ranges.length > 0 && encodeReplayed({ floor, ranges }).length > MAX_REPLAYED_CHARS) {
    floor = (ranges[0] as readonly [bigint, bigint])[1] + 1n;
    ranges = ranges.slice(1);
  }
  return { floor, ranges };
}

/** Whether an offset was replayed, as far as the record tells. */
export function replayedState(replayed: ReplayedOffsets, offset: bigint): ReplayedState {
  if (replayed.ranges.some(([a, b]) => offset >= a && offset <= b)) return 'yes';
  return offset < replayed.floor ? 'unknown' : 'no';
}

const COLUMNS: ReadonlyArray<readonly [string, (r: DeadLetterRow) => string]> = [
  ['PARTITION', (r) => String(r.partition)],
  ['OFFSET', (r) => r.offset],
  ['TIME', (r) => r.time],
  ['KEY', (r) => r.key],
  ['STAGE', (r) => r.stage],
  ['KIND', (r) => r.kind],
  ['REASON', (r) => r.reason],
  ['PART', (r) => r.part ?? '-'],
  ['REPLAYED', (r) => r.replayed],
  ['ERROR', (r) => r.error],
];

/** `list` as a table for people: one row per dead letter, the error last and cut to `errorWidth`. */
export function formatTable(rows: readonly DeadLetterRow[], errorWidth = 160): string {
  const cells = rows.map((r) => COLUMNS.map(([, get], i) => {
    const text = get(r).replace(/\s+/g, ' ');
    return i === COLUMNS.length - 1 && text.length > errorWidth ? `${text.slice(0, errorWidth - 3)}...` : text;
  }));
  const widths = COLUMNS.map(([title], i) => Math.max(title.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (values: readonly string[]): string => values.map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i] as number))).join('  ');
  return [line(COLUMNS.map(([title]) => title)), ...cells.map(line)].join('\n');
}
