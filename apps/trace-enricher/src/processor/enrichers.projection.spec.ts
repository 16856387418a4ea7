// The trace-enricher decodes spans through ENRICHER_SPAN_PROJECTION (attributes of declared keys
// only, no resource attributes, event names without their attributes) and writes them on from
// their bytes. That is only right while the enrichers read nothing else: these tests fail the day
// an enricher reads an attribute it has not declared.
import fc from 'fast-check';
import { decodeStructuredTrace, decodeStructuredTraceSpans, encodeStructuredTrace, type Attributes, type RawSpan, type StructuredTrace } from '@tracehouse/model';
import { FIXTURES, span, trace } from '../testdata/traces';
import { ENRICHER_SPAN_PROJECTION } from './enrichers';
import { TraceEnricher } from './trace-enricher.processor';

/** Enrichments and entities of a trace, as a fresh enricher derives them. */
function enrichOnce(t: StructuredTrace): unknown {
  const result = new TraceEnricher({ maxApisPerService: 100 }).enrich(t, 'acme');
  return { spans: result.trace.spans.map((s) => s.enrichment), trace: result.trace.enrichment, entities: result.entities, failures: result.failures.length };
}

/** The same record read whole and read through the projection. */
function bothWays(t: StructuredTrace): [StructuredTrace, StructuredTrace] {
  const bytes = encodeStructuredTrace(t);
  return [decodeStructuredTrace(bytes), decodeStructuredTraceSpans(bytes, ENRICHER_SPAN_PROJECTION).trace];
}

/** Attribute keys spans commonly carry (OpenTelemetry semantic conventions, old and new), the declared ones among them. */
const KEYS = [
  ...ENRICHER_SPAN_PROJECTION.attributeKeys,
  'http.method', 'http.request.method', 'http.url', 'url.full', 'http.route', 'http.target', 'http.status_code', 'http.response.status_code', 'http.scheme', 'url.scheme',
  'net.host.name', 'net.host.port', 'server.socket.address', 'client.address', 'peer.service', 'network.peer.address', 'network.peer.port', 'network.protocol.name',
  'rpc.system', 'rpc.service', 'rpc.method', 'db.system', 'db.name', 'db.namespace', 'db.operation', 'db.operation.name', 'db.sql.table', 'db.collection.name',
  'messaging.system', 'messaging.destination', 'messaging.destination.name', 'messaging.operation', 'error', 'error.type', 'exception.type', 'exception.message',
  'component', 'span.kind', 'user.id', 'thread.name', 'code.function', 'otel.status_code', 'service.name',
];

const value = fc.oneof(
  fc.constantFrom('', 'db.example', 'postgres://db.example:5432/shop', 'SELECT 1', 'GET', '443', 'https://x.example/a', 'grpc'),
  fc.string({ maxLength: 12 }),
  fc.bigInt({ min: -2n, max: 70_000n }),
  fc.integer({ min: 0, max: 20 }),
  fc.boolean(),
);
const attributes = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 8 }).map((a) => a as Attributes);
const rawSpan = fc.record({
  kind: fc.constantFrom<RawSpan['kind']>('UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'),
  serviceName: fc.constantFrom('frontend', 'cart', 'unknown_service'),
  name: fc.constantFrom('GET /cart', 'SELECT users', 'publish', 'work'),
  statusCode: fc.constantFrom<RawSpan['statusCode']>('UNSET', 'OK', 'ERROR'),
  attributes,
  resourceAttributes: attributes,
  events: fc.array(fc.record({ name: fc.constantFrom('exception', 'retry', 'log'), attributes }), { maxLength: 2 }),
  http: fc.option(fc.record({ method: fc.constantFrom('GET', 'POST'), statusCode: fc.integer({ min: 100, max: 599 }), host: fc.constantFrom('cart', 'api.example') }), { nil: undefined }),
  db: fc.option(fc.record({ system: fc.constantFrom('postgresql', 'redis'), name: fc.constantFrom('shop', '') }), { nil: undefined }),
  rpc: fc.option(fc.record({ system: fc.constantFrom('grpc', 'dubbo'), statusCode: fc.integer({ min: 0, max: 16 }) }), { nil: undefined }),
  parent: fc.integer({ min: 0, max: 3 }),
});

describe('ENRICHER_SPAN_PROJECTION', () => {
  it('gives every enricher the same spans to work on as a whole decode, on the fixture traces', () => {
    for (const [name, build] of Object.entries(FIXTURES)) {
      const [whole, projected] = bothWays(build());
      expect({ name, result: enrichOnce(projected) }).toEqual({ name, result: enrichOnce(whole) });
    }
  });

  it('gives the same enrichment as a whole decode for generated spans with common attributes and events', () => {
    fc.assert(
      fc.property(fc.array(rawSpan, { minLength: 1, maxLength: 6 }), (specs) => {
        const spans = specs.map(({ parent, events, ...spec }, i) =>
          span(i + 1, { ...spec, ...(i === 0 ? {} : { parent: 1 + (parent % i) }), events: events.map((e) => ({ ...e, timeUnixNano: 1n, droppedAttributesCount: 0 })) }),
        );
        const [whole, projected] = bothWays(trace(spans));
        expect(enrichOnce(projected)).toEqual(enrichOnce(whole));
      }),
      { numRuns: 200, seed: 13 },
    );
  });

  it('declares every attribute key the enrichers read', () => {
    const read = new Set<string>();
    const watching = (attrs: Attributes): Attributes =>
      new Proxy(attrs, {
        get(target, key, receiver) {
          if (typeof key === 'string') read.add(key);
          return Reflect.get(target, key, receiver) as unknown;
        },
        has(target, key) {
          if (typeof key === 'string') read.add(key);
          return Reflect.has(target, key);
        },
        getOwnPropertyDescriptor(target, key) {
          if (typeof key === 'string') read.add(key);
          return Reflect.getOwnPropertyDescriptor(target, key);
        },
      });
    for (const build of Object.values(FIXTURES)) {
      const t = build();
      // Spans without first-class groups make the enrichers fall back to their attributes.
      const bare = [t, { ...t, spans: t.spans.map((s) => ({ ...s, http: undefined, rpc: undefined, db: undefined, peer: undefined, messaging: undefined })) }];
      for (const variant of bare) enrichOnce({ ...variant, spans: variant.spans.map((s) => ({ ...s, attributes: watching(s.attributes), resourceAttributes: watching(s.resourceAttributes) })) });
    }
    expect([...read].filter((key) => !ENRICHER_SPAN_PROJECTION.attributeKeys.includes(key)).sort()).toEqual([]);
    expect(read.size).toBeGreaterThan(0);
  });
});
