import { describeError } from './errors';

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

/** Header names a dead-lettered message gets on top of the ones it was read with. */
export const DLQ_HEADERS = {
  stage: 'dlq-stage',
  error: 'dlq-error',
  errorKind: 'dlq-error-kind',
  sourceTopic: 'dlq-source-topic',
  sourcePartition: 'dlq-source-partition',
  sourceOffset: 'dlq-source-offset',
  failedAt: 'dlq-failed-at',
} as const;

/** The dead-letter topic of an input topic. */
export function dlqTopic(topic: string): string {
  return `${topic}.dlq`;
}

/**
 * The record that dead-letters a message: the message as read, to `topic` (default its input
 * topic's `.dlq`), with the DLQ headers naming the stage, the error and where it was read.
 */
export function deadLetterRecord(message: InboundMessage, err: unknown, options: { readonly stage: string; readonly kind: string; readonly topic?: string }): OutboundMessage {
  return {
    topic: options.topic ?? dlqTopic(message.topic),
    key: message.key ?? Buffer.alloc(0),
    value: message.value,
    headers: {
      ...message.headers,
      [DLQ_HEADERS.stage]: options.stage,
      [DLQ_HEADERS.error]: describeError(err).slice(0, 2000),
      [DLQ_HEADERS.errorKind]: options.kind,
      [DLQ_HEADERS.sourceTopic]: message.topic,
      [DLQ_HEADERS.sourcePartition]: String(message.partition),
      [DLQ_HEADERS.sourceOffset]: message.offset,
      [DLQ_HEADERS.failedAt]: String(Date.now()),
    },
  };
}
