import { findSpans } from './find';
import type { UiSpan } from './trace-model';

const span = (over: Partial<UiSpan>): UiSpan => ({
  traceId: 't', spanId: 's', service: 'svc', operation: 'op', kind: 'server', startUs: 0, durationUs: 1, error: false, statusCode: 'UNSET', statusMessage: '',
  attributes: [], resource: [], events: [], links: [], warnings: [], ...over,
});

describe('findSpans', () => {
  const spans = [
    span({ spanId: 'aaa', service: 'frontend', operation: 'GET /checkout', attributes: [{ key: 'http.status_code', type: 'int64', value: 500 }] }),
    span({ spanId: 'bbb', service: 'payments', operation: 'charge', events: [{ timeUs: 0, name: 'card declined', attributes: [] }] }),
    span({ spanId: 'ccc', service: 'orders-db', operation: 'SELECT', resource: [{ key: 'host.name', type: 'string', value: 'db-7' }] }),
  ];

  it('matches service, operation, span id, attribute values, event names and resource, case-insensitively', () => {
    expect(findSpans(spans, 'FRONTEND')).toEqual([0]);
    expect(findSpans(spans, 'checkout')).toEqual([0]);
    expect(findSpans(spans, 'bbb')).toEqual([1]);
    expect(findSpans(spans, '500')).toEqual([0]);
    expect(findSpans(spans, 'declined')).toEqual([1]);
    expect(findSpans(spans, 'db-7')).toEqual([2]);
  });

  it('needs every term, and key=value matches that attribute', () => {
    expect(findSpans(spans, 'frontend charge')).toEqual([]);
    expect(findSpans(spans, 'http.status_code=500')).toEqual([0]);
    expect(findSpans(spans, 'http.status_code=200')).toEqual([]);
  });

  it('finds nothing for an empty query', () => {
    expect(findSpans(spans, '   ')).toEqual([]);
  });
});
