import type { InboundMessage, OutboundMessage } from './messages';

/**
 * What a consuming stage does with its input; the {@link StageRunner} owns Kafka, ordering,
 * retries, dead-lettering and commits around it.
 *
 * Delivery contract: the runner commits an offset only after every message produced for the
 * messages below it was acknowledged by Kafka, and never at or past `heldOffset` (what the handler
 * still keeps only in memory). Everything returned by a method belongs to the runner from then on.
 */
export interface StageHandler {
  /**
   * Handles one message and returns what to produce for it now (possibly nothing, when the handler
   * buffers). Throw a PermanentError for bad input (dead-lettered at once), a
   * DependencyUnavailableError when a dependency is down (retried until it returns); anything else
   * is retried a few times, then dead-lettered.
   *
   * To dead-letter the message, or one part derived from it (a span its trace is stored without),
   * and go on, return `deadLetterRecord(message, err, { stage, reason, part })` among the results:
   * the runner produces it with the rest and counts it in `stage_dead_lettered_total` like its own.
   */
  handle(message: InboundMessage): OutboundMessage[] | Promise<OutboundMessage[]>;

  /**
   * Returns what became due without new input (quiet traces, a time-based flush). Called after each
   * batch and on the runner's tick. When it writes to a store itself, it resolves only once durable.
   */
  flushDue?(now: number): OutboundMessage[] | Promise<OutboundMessage[]>;

  /**
   * The lowest offset of this partition whose data the handler still holds only in memory, or
   * undefined when it holds none: the runner commits strictly below it.
   */
  heldOffset?(topic: string, partition: number): string | undefined;

  /**
   * The group was re-synced: every assigned partition will be re-read from its committed offset, so
   * the handler drops all buffered state (it will see those messages again).
   */
  reset?(): void;

  /** Shutdown: returns (or writes) what can still be made durable before the final commit. */
  drain?(): Promise<OutboundMessage[]>;
}
