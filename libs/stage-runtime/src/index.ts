export { StageRunner, stageRunnerSettings, type StageRunnerOptions, type StageSettings } from './stage-runner';
export type { StageHandler } from './stage-handler';
export { DLQ_HEADERS, REPLAYED_FROM_HEADER, deadLetterRecord, dlqTopic, isDeadLetter, originalHeaders, type DeadLetterOptions, type InboundMessage, type OutboundMessage } from './messages';
export { PermanentError, DependencyUnavailableError, errorKind, describeError, deadLetterReason, isDeadLetterReason, ERROR_KINDS, DEAD_LETTER_REASONS, type ErrorKind, type DeadLetterReason } from './errors';
export { decodeOrReject } from './decode';
export { createKafka, type KafkaSettings } from './kafka-client';
export { ensureTopics, type TopicSpec } from './topics-admin';
export { Mutex } from './mutex';
export { StageLifecycle, stageTopics, type StageLifecycleOptions } from './stage.lifecycle';
