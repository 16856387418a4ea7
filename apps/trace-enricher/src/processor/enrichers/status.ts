import { attrInt, type RawSpan, type SpanEnrichment } from '@tracehouse/model';
import type { Enricher } from '../registry';
import { GRPC_STATUS_KEY } from './role';
import type { ApiStatus } from '@tracehouse/model';

/**
 * gRPC codes that mean the server failed (OpenTelemetry semantic conventions: on a server span
 * only these are errors; the others are the caller's fault). On a client span every non-OK code is.
 */
const GRPC_SERVER_FAILURES = new Set([2 /* UNKNOWN */, 4 /* DEADLINE_EXCEEDED */, 12 /* UNIMPLEMENTED */, 13 /* INTERNAL */, 14 /* UNAVAILABLE */, 15 /* DATA_LOSS */]);

/**
 * SUCCESS or FAIL for a span: an explicit OpenTelemetry status wins (ERROR fails, OK succeeds, as
 * the spec lets a user override instrumentation); then the gRPC code, then the HTTP status (5xx on
 * a server span, 4xx and 5xx on a client span, as the HTTP conventions say); then the
 * normalizer's error flag; else SUCCESS.
 */
export function apiStatusOf(span: RawSpan, e: SpanEnrichment): ApiStatus {
  if (span.statusCode === 'ERROR') return 'FAIL';
  if (span.statusCode === 'OK') return 'SUCCESS';
  const server = e.role === 'ENTRY';
  const grpc = span.rpc?.statusCode ?? attrInt(span.attributes, GRPC_STATUS_KEY);
  if (grpc !== undefined && (e.protocol === 'GRPC' || e.protocol === 'RPC')) return (server ? GRPC_SERVER_FAILURES.has(grpc) : grpc !== 0) ? 'FAIL' : 'SUCCESS';
  const http = span.http?.statusCode;
  if (http !== undefined && http > 0) return http >= (server ? 500 : 400) ? 'FAIL' : 'SUCCESS';
  return span.error?.isError ? 'FAIL' : 'SUCCESS';
}

/** Exceptions a span recorded: its `exception` events, or 1 when the normalizer found an exception type without an event. */
export function exceptionsOf(span: RawSpan): number {
  let n = 0;
  for (const ev of span.events) if (ev.name === 'exception') n++;
  return n === 0 && span.error?.type ? 1 : n;
}

/**
 * API status, error and exception counts. A span's `errorCount` is 1 when it failed (its API status
 * is FAIL or the normalizer flagged it); `exceptionCount` is what it recorded. On an API entry span
 * both are rolled up over the API call: the span and every span it governs (its `entryApi`). The
 * trace's totals (trace enricher) add up every span's own counts, so nothing is counted twice.
 */
export const statusEnricher: Enricher = {
  name: 'status',
  dependsOn: ['role', 'boundary'],
  enrich(ctx) {
    const { enrichment: en, ownErrors, ownExceptions, entryOf } = ctx;
    for (let i = 0; i < en.length; i++) {
      const span = ctx.spans[i];
      const e = en[i];
      e.apiStatus = apiStatusOf(span, e);
      ownErrors[i] = e.apiStatus === 'FAIL' || span.error?.isError ? 1 : 0;
      ownExceptions[i] = exceptionsOf(span);
      e.errorCount = ownErrors[i];
      e.exceptionCount = ownExceptions[i];
    }
    for (let i = 0; i < en.length; i++) {
      const entry = entryOf[i];
      if (entry < 0 || entry === i) continue;
      en[entry].errorCount += ownErrors[i];
      en[entry].exceptionCount += ownExceptions[i];
    }
  },
};
