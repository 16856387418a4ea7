export { loadConfig, ConfigError, type ConfigIssue, type Env } from './load-config';
export { env } from './env-types';
export { serviceSchema, kafkaSchema, stageSchema, topicSchema, migrationSchema, DEFAULT_TOPIC_PARTITIONS } from './common-config';
export { DEFAULT_PORTS, DEFAULT_ADMIN_PORTS, SERVICE_NODE_OPTIONS, type ServiceName } from './ports';
