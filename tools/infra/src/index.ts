export { startLocalInfra, type LocalInfra, type StartInfraOptions } from './local-infra';
export { KAFKA_HEAP, KAFKA_JVM_OPTIONS, startKafka, resolveKafkaJars, type LocalKafka, type StartKafkaOptions } from './kafka';
export { startPostgres, ensurePostgresInstalled, type LocalPostgres, type StartPostgresOptions } from './postgres';
export { freePort, waitFor, run, stopChild } from './process';
export { startMongoWireServer, resolveMongoWireServerJars, type LocalMongoWireServer, type StartMongoWireServerOptions } from './mongo';
export { PIPELINE_APPS, type AppProcess } from './apps';
export { descendants, pidFilesIn, processesUsing, readCmdline, readPidFile, type ProcessRecord } from './pid-file';
