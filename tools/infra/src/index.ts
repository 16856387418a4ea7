export { startLocalInfra, type LocalInfra, type StartInfraOptions } from './local-infra';
export { startKafka, resolveKafkaJars, type LocalKafka, type StartKafkaOptions } from './kafka';
export { startPostgres, ensurePostgresInstalled, type LocalPostgres, type StartPostgresOptions } from './postgres';
export { freePort, waitFor, run, stopChild } from './process';
