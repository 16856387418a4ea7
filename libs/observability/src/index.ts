export { createLogger, NestJsonLogger, type Logger, type LoggerOptions } from './logger';
export { Metrics } from './metrics';
export { Readiness, type CheckResult, type ReadinessCheck } from './readiness';
export { LOGGER, METRICS, READINESS } from './tokens';
export { ObservabilityModule, type ServiceContext } from './observability.module';
export { startService, reportFatal, type StartServiceOptions } from './bootstrap';
