import { Kafka, logLevel, type KafkaConfig, type LogEntry, type SASLOptions } from 'kafkajs';
import type { Logger } from '@tracehouse/observability';
import { patchKafkajsIdleTimerLoop, patchKafkajsProduceEncoder } from './kafkajs-patches';

/** The Kafka connection settings every service reads (see `kafkaSchema` in @tracehouse/config). */
export interface KafkaSettings {
  readonly KAFKA_BROKERS: readonly string[];
  readonly KAFKA_CLIENT_ID: string;
  readonly KAFKA_SSL: boolean;
  readonly KAFKA_SASL_MECHANISM?: 'plain' | 'scram-sha-256' | 'scram-sha-512';
  readonly KAFKA_SASL_USERNAME?: string;
  readonly KAFKA_SASL_PASSWORD?: string;
}

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/**
 * Creates the kafkajs client of a service, its logs routed into the service's JSON logger.
 * kafkajs logs every retried request at ERROR; those are retries, not failures of ours, so they are
 * logged at WARN and the stage reports real failures itself. It also stops kafkajs's 1 ms idle timer
 * loop in this process (see {@link patchKafkajsIdleTimerLoop}) and has it encode Produce requests in
 * one pass (see {@link patchKafkajsProduceEncoder}).
 */
export function createKafka(settings: KafkaSettings, logger: Logger, clientSuffix = ''): Kafka {
  patchKafkajsIdleTimerLoop();
  patchKafkajsProduceEncoder();
  const sasl: SASLOptions | undefined =
    settings.KAFKA_SASL_MECHANISM && settings.KAFKA_SASL_USERNAME
      ? ({ mechanism: settings.KAFKA_SASL_MECHANISM, username: settings.KAFKA_SASL_USERNAME, password: settings.KAFKA_SASL_PASSWORD ?? '' } as SASLOptions)
      : undefined;
  const config: KafkaConfig = {
    clientId: `${settings.KAFKA_CLIENT_ID}${clientSuffix}`,
    brokers: [...settings.KAFKA_BROKERS],
    ssl: settings.KAFKA_SSL,
    sasl,
    connectionTimeout: 3_000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5_000 },
    logLevel: logLevel.WARN,
    logCreator: () => (entry: LogEntry) => {
      const { message, ...rest } = entry.log;
      const level = LEVELS[entry.level] ?? 'info';
      const child = logger.child({ component: `kafkajs.${entry.namespace}` });
      (level === 'error' ? child.warn.bind(child) : child[level].bind(child))(rest, message);
    },
  };
  return new Kafka(config);
}
