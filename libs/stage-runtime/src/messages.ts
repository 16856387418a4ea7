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
