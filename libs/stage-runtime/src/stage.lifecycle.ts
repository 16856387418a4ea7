import type { Kafka } from 'kafkajs';
import type { Logger } from '@tracehouse/observability';
import type { StageRunner } from './stage-runner';
import { ensureTopics, type TopicSpec } from './topics-admin';

/** Options of {@link StageLifecycle}. */
export interface StageLifecycleOptions {
  readonly kafka: Kafka;
  readonly runner: StageRunner;
  readonly logger: Logger;
  /** Topics to create when missing (empty when an operator's job creates them). */
  readonly topics: readonly TopicSpec[];
  /** Cap of the backoff between start attempts, ms. */
  readonly retryMaxMs?: number;
}

/**
 * Runs a StageRunner for a Nest application. Module init does not wait for Kafka: the stage keeps
 * trying to create its missing topics and join its group in the background (reporting not-ready
 * meanwhile), so a pod that starts before the broker comes up by itself. Shutdown stops the runner
 * (drain, commit what is durable, leave the group); it is idempotent.
 */
export class StageLifecycle {
  private stopping = false;
  private wake: (() => void) | undefined;
  private starting: Promise<void> | undefined;

  constructor(private readonly options: StageLifecycleOptions) {}

  onModuleInit(): void {
    this.starting = this.startWithRetry();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.starting;
    await this.options.runner.stop();
  }

  private async startWithRetry(): Promise<void> {
    const { logger, runner, kafka, topics } = this.options;
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        const created = await ensureTopics(kafka, topics);
        if (created.length > 0) logger.info({ topics: created }, 'created missing topics');
        await runner.start();
        return;
      } catch (err) {
        const delay = Math.min(this.options.retryMaxMs ?? 10_000, 250 * 2 ** Math.min(attempt, 10));
        logger.warn({ err, attempt, retryInMs: delay }, 'could not start consuming (is Kafka reachable?); retrying');
        await runner.abandonStart();
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }
}

/** The topics a stage reads and writes, with the configured partitioning (none when an operator creates them). */
export function stageTopics(names: readonly string[], config: { KAFKA_TOPIC_PARTITIONS: number; KAFKA_TOPIC_REPLICATION: number; KAFKA_CREATE_TOPICS: boolean }): TopicSpec[] {
  if (!config.KAFKA_CREATE_TOPICS) return [];
  return names.map((name) => ({ name, partitions: config.KAFKA_TOPIC_PARTITIONS, replicationFactor: config.KAFKA_TOPIC_REPLICATION }));
}
