// Helpers of the trace-enricher's integration tests: fixture streams of traces full of new
// entities, the enricher process, and reading its admin port.
import { freePort } from '@tracehouse/infra';
import type { StructuredTrace } from '@tracehouse/model';
import { startScript, type TestProcess } from '@tracehouse/testing';
import { span, trace } from './traces';

/** The 32-hex trace id of the n-th trace of a stream. */
export const streamTraceId = (stream: string, n: number): string => `${Buffer.from(stream).toString('hex').slice(0, 16).padEnd(16, '0')}${n.toString(16).padStart(16, '0')}`;

/**
 * Trace n of a stream that keeps meeting new entities: service `svc-<n % services>` serves
 * `GET /items/<word>` (a new API per word) and calls service `svc-<(n+1) % services>` and a
 * database `db-<n % databases>`. Consecutive traces share entities, so two enrichers reading the
 * stream meet the same new entities at the same time.
 */
export function streamTrace(stream: string, n: number, options: { services: number; apisPerService: number; databases: number; tenant?: string }): StructuredTrace {
  const caller = `svc-${n % options.services}`;
  const callee = `svc-${(n + 1) % options.services}`;
  const word = `op${String.fromCharCode(97 + (n % options.apisPerService) % 26)}${Math.floor((n % options.apisPerService) / 26)}`;
  const tenant = options.tenant ?? 'acme';
  const traceId = streamTraceId(stream, n);
  const spans = [
    span(1, { name: 'entry', serviceName: caller, kind: 'SERVER', http: { method: 'GET', route: `/items/${word}`, statusCode: 200 } }),
    span(2, { name: 'call', serviceName: caller, kind: 'CLIENT', parent: 1, http: { method: 'GET', url: `http://${callee}/items/${n}`, statusCode: 200 } }),
    span(3, { name: 'served', serviceName: callee, kind: 'SERVER', parent: 2, http: { method: 'GET', path: `/items/${n}`, statusCode: 200 } }),
    span(4, { name: 'query', serviceName: callee, kind: 'CLIENT', parent: 3, db: { system: 'postgresql', operation: 'SELECT' }, peer: { address: `db-${n % options.databases}`, port: 5432 } }),
  ].map((s) => ({ ...s, tenantId: tenant, traceId }));
  return trace(spans, { tenantId: tenant, traceId });
}

/** A running trace-enricher process with its admin port. */
export interface EnricherProcess {
  readonly process: TestProcess;
  readonly adminPort: number;
  /** The HTTP status of `/readyz` (0 when it does not answer). */
  readyz(): Promise<number>;
}

/** Starts the compiled trace-enricher (`dist/apps/trace-enricher/src/main.js`) with test-friendly timings. */
export async function startEnricher(env: Record<string, string>): Promise<EnricherProcess> {
  const adminPort = await freePort();
  const process = startScript('apps/trace-enricher/src/main.js', {
    ADMIN_PORT: String(adminPort),
    ADMIN_HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    KAFKA_TOPIC_PARTITIONS: '4',
    STAGE_SESSION_TIMEOUT_MS: '6000',
    STAGE_RETRY_MAX_MS: '1000',
    STAGE_COMMIT_INTERVAL_MS: '200',
    ENTITY_STORE_TIMEOUT_MS: '2000',
    ENTITY_TOUCH_INTERVAL_MS: '500',
    ...env,
  });
  return {
    process,
    adminPort,
    readyz: async () => {
      try {
        return (await fetch(`http://127.0.0.1:${adminPort}/readyz`, { signal: AbortSignal.timeout(3_000) })).status;
      } catch {
        return 0;
      }
    },
  };
}
