import type { LoggerService } from '@nestjs/common';
import pino, { type Logger as PinoLogger, type DestinationStream } from 'pino';

/** A structured JSON logger (pino). */
export type Logger = PinoLogger;

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  readonly level?: string;
  readonly instanceId?: string;
  /** Where lines go; stdout when omitted (tests pass a stream to read them back). */
  readonly destination?: DestinationStream;
}

/**
 * Creates the JSON logger of a service: one line per event with `service`, `instance`, `level` as a
 * name and an ISO `time`, so log pipelines can parse it without configuration. BigInt values (our
 * nanosecond timestamps) are written as strings instead of throwing.
 */
export function createLogger(service: string, options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service, instance: options.instanceId ?? `${process.pid}` },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: pino.stdSerializers.errWithCause },
      hooks: {
        logMethod(args, method) {
          const first = args[0] as unknown;
          if (first && typeof first === 'object') {
            (args as unknown[])[0] = JSON.parse(JSON.stringify(first, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
          }
          method.apply(this, args);
        },
      },
    },
    // Synchronous: services log per event, never per span, and a line written just before exit (a
    // fatal error, the shutdown line) must not be lost in a buffer.
    options.destination ?? pino.destination({ fd: 1, sync: true }),
  );
}

/** Routes NestJS's own log calls into the service's JSON logger. */
export class NestJsonLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
