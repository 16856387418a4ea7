import { deadLetterReason, describeError, errorKind, type DeadLetterReason } from './errors';

/** A message as the stage read it from Kafka, translated out of kafkajs types. */
export interface InboundMessage {
  readonly topic: string;
  readonly partition: number;
  /** Kafka offset as a decimal string (64-bit). */
  readonly offset: string;
  readonly key: Buffer | undefined;
  readonly value: Buffer;
  /** Headers as UTF-8 strings (the pipeline's headers are all text). */
  readonly headers: Readonly<Record<string, string>>;
  /** The broker timestamp, ms since the epoch. */
  readonly timestamp: number;
}

/** A message for the stage to produce. */
export interface OutboundMessage {
  readonly topic: string;
  readonly key: string | Buffer;
  readonly value: Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Header names a dead-lettered message gets on top of the ones it was read with (`tenant-id`,
 * `received-at`, ... are kept as they were, so a replay can restore them).
 */
export const DLQ_HEADERS = {
  stage: 'dlq-stage',
  error: 'dlq-error',
  /** The error's kind (ERROR_KINDS). */
  errorKind: 'dlq-error-kind',
  /** Why, from the bounded DEAD_LETTER_REASONS list: the `reason` label of `stage_dead_lettered_total`. */
  reason: 'dlq-reason',
  /** Set when the record is a part derived from the message read (one span of a trace): says which part. */
  part: 'dlq-part',
  sourceTopic: 'dlq-source-topic',
  sourcePartition: 'dlq-source-partition',
  sourceOffset: 'dlq-source-offset',
  failedAt: 'dlq-failed-at',
} as const;

/**
 * Header a replayed message carries: `<dlq topic>/<partition>/<offset>` of the dead-letter record
 * it was replayed from. Not one of {@link DLQ_HEADERS}: it travels on with the replayed message.
 */
export const REPLAYED_FROM_HEADER = 'dlq-replayed-from';

const DLQ_HEADER_NAMES: ReadonlySet<string> = new Set(Object.values(DLQ_HEADERS));

/** The dead-letter topic of an input topic. */
export function dlqTopic(topic: string): string {
  return `${topic}.dlq`;
}

/** Options of {@link deadLetterRecord}. */
export interface DeadLetterOptions {
  /** The stage dead-lettering, as in its metrics. */
  readonly stage: string;
  /** The error's kind (ERROR_KINDS); `errorKind(err)` by default. */
  readonly kind?: string;
  /** Why; by default the PermanentError's own reason, else derived from the kind (see `deadLetterReason`). */
  readonly reason?: DeadLetterReason;
  /** Dead-letter topic; the input topic's `.dlq` by default. */
  readonly topic?: string;
  /**
   * Dead-letters a part derived from the message instead of the whole message, e.g. the one span
   * of a trace that cannot be stored while the rest of its trace is. `value` must be a valid
   * record of the message's own topic (for a trace topic: a trace holding only that span), keyed
   * as that topic is keyed (the message's key by default): the replay command writes it back to
   * that topic as it is. `description` says which part, for people (`span 00f067aa0ba902b7`).
   */
  readonly part?: { readonly value: Buffer; readonly key?: string | Buffer; readonly description: string };
}

/**
 * The record that dead-letters a message (or a part derived from it, `options.part`): the message
 * as read, to `options.topic` (default its input topic's `.dlq`), keeping the headers it was read
 * with and adding the {@link DLQ_HEADERS} naming the stage, the error, its reason and where it was
 * read. Handlers that dead-letter by returning this record are counted in
 * `stage_dead_lettered_total{stage,kind,reason}` by the runner once Kafka acknowledges it, exactly
 * like the messages the runner dead-letters itself.
 */
export function deadLetterRecord(message: InboundMessage, err: unknown, options: DeadLetterOptions): OutboundMessage {
  const kind = options.kind ?? errorKind(err);
  const headers: Record<string, string> = {};
  // A message replayed earlier and dead-lettered again: the old DLQ headers are replaced, not kept twice.
  for (const name in message.headers) if (!DLQ_HEADER_NAMES.has(name)) headers[name] = message.headers[name] as string;
  headers[DLQ_HEADERS.stage] = options.stage;
  headers[DLQ_HEADERS.error] = describeError(err).slice(0, 2000);
  headers[DLQ_HEADERS.errorKind] = kind;
  headers[DLQ_HEADERS.reason] = options.reason ?? deadLetterReason(err, kind);
  if (options.part) headers[DLQ_HEADERS.part] = options.part.description.slice(0, 200);
  headers[DLQ_HEADERS.sourceTopic] = message.topic;
  headers[DLQ_HEADERS.sourcePartition] = String(message.partition);
  headers[DLQ_HEADERS.sourceOffset] = message.offset;
  headers[DLQ_HEADERS.failedAt] = String(Date.now());
  return {
    topic: options.topic ?? dlqTopic(message.topic),
    key: options.part?.key ?? message.key ?? Buffer.alloc(0),
    value: options.part?.value ?? message.value,
    headers,
  };
}

/** Whether an outbound record is a dead letter (it carries the {@link DLQ_HEADERS}). */
export function isDeadLetter(message: OutboundMessage): boolean {
  return message.headers?.[DLQ_HEADERS.stage] !== undefined;
}

/**
 * The headers a dead-lettered message had before it was dead-lettered: its own headers without
 * the {@link DLQ_HEADERS}. A replay writes the message back with these, so downstream sees the
 * message it refused (same tenant, same `received-at`), and dedup by (tenant, trace id, span id)
 * makes a second replay harmless.
 */
export function originalHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) if (!DLQ_HEADER_NAMES.has(name)) out[name] = headers[name] as string;
  return out;
}
