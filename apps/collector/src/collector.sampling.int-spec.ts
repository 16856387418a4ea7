// Consistent sampling across replicas: two collector processes with the same seed and percentage,
// fed the same traces (one over OTLP/HTTP protobuf, the other over Zipkin JSON), keep exactly the
// same trace ids, and those are the ones the OpenTelemetry Collector's hash_seed decision keeps.
// The tenant comes from the configured header.
import { bytesToHex } from '@tracehouse/identity';
import { consistentSample, decodeTracesData, encodeExportTraceServiceRequest } from '@tracehouse/otlp';
import { PIPELINE_HEADERS } from '@tracehouse/topics';
import { readTopic, testKafka, uniqueName } from '@tracehouse/testing';
import { httpGet, startCollector, type CollectorUnderTest } from './testdata/collector-process';
import { post } from './testdata/wire';

const kafka = testKafka('collector-sampling');
const SEED = 20_240_611;
const PERCENT = 40;
const topics = [uniqueName('otlp-spans-sample-a'), uniqueName('otlp-spans-sample-b')];
const collectors: CollectorUnderTest[] = [];

beforeAll(async () => {
  for (const topic of topics) {
    collectors.push(
      await startCollector({
        KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '',
        TOPIC_OTLP_SPANS: topic,
        KAFKA_TOPIC_PARTITIONS: '2',
        COLLECTOR_SAMPLING_PERCENTAGE: String(PERCENT),
        COLLECTOR_SAMPLING_SEED: String(SEED),
        COLLECTOR_TENANT_HEADER: 'X-Tenant-Id',
      }),
    );
  }
});

afterAll(async () => {
  await Promise.all(collectors.map((c) => c.stop()));
});

/** Trace ids (hex) and tenants of every record of `topic`, read until `count` records are there. */
async function keptTraces(topic: string, count: number): Promise<{ ids: string[]; tenants: Set<string> }> {
  const records = await readTopic(kafka, topic, { atLeast: count });
  const ids: string[] = [];
  const tenants = new Set<string>();
  for (const r of records) {
    tenants.add(r.headers[PIPELINE_HEADERS.tenant]);
    for (const rs of decodeTracesData(r.value).resource_spans ?? []) for (const ss of rs.scope_spans ?? []) for (const s of ss.spans ?? []) ids.push(bytesToHex(s.trace_id as Uint8Array));
  }
  return { ids: [...new Set(ids)].sort(), tenants };
}

it('keeps exactly the same traces on two replicas with the same seed, whatever the protocol', async () => {
  const traceIds = Array.from({ length: 300 }, (_, i) => `${(0x1234abcd + i * 7919).toString(16).padStart(8, '0')}${'9e3779b97f4a7c15'}${i.toString(16).padStart(8, '0')}`);
  const spanId = (i: number): string => `00000000${(i + 1).toString(16).padStart(8, '0')}`;
  // Three spans per trace in every request, so a trace is kept or dropped whole.
  const otlp = encodeExportTraceServiceRequest({
    resource_spans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { string_value: 'shop' } }] },
        scope_spans: [{ spans: traceIds.flatMap((t, i) => [0, 1, 2].map((k) => ({ trace_id: Buffer.from(t, 'hex'), span_id: Buffer.from(spanId(i * 3 + k), 'hex'), name: `op${k}` }))) }],
      },
    ],
  });
  const zipkin = JSON.stringify(traceIds.flatMap((t, i) => [0, 1, 2].map((k) => ({ traceId: t, id: spanId(i * 3 + k), name: `op${k}`, timestamp: 1_700_000_000_000_000, duration: 5, localEndpoint: { serviceName: 'shop' } }))));
  const a = await post(collectors[0].ports.otlpHttp, '/v1/traces', otlp, { 'Content-Type': 'application/x-protobuf', 'x-tenant-id': 'team-a' });
  const b = await post(collectors[1].ports.zipkin, '/api/v2/spans', zipkin, { 'Content-Type': 'application/json', 'X-Tenant-Id': 'team-a' });
  expect([a.status, b.status]).toEqual([200, 202]);

  const expected = traceIds.filter((t) => consistentSample(Buffer.from(t, 'hex'), SEED, PERCENT)).sort();
  // The sampler keeps about PERCENT % (binomial: 120 +- 3 sigma of 8.5).
  expect(expected.length).toBeGreaterThan(90);
  expect(expected.length).toBeLessThan(150);
  const [keptA, keptB] = await Promise.all(topics.map((topic) => keptTraces(topic, expected.length)));
  expect(keptA.ids).toEqual(expected);
  expect(keptB.ids).toEqual(keptA.ids);
  expect(keptA.tenants).toEqual(new Set(['team-a']));
  expect(keptB.tenants).toEqual(new Set(['team-a']));

  const metrics = (await httpGet(collectors[0].ports.admin, '/metrics')).body;
  expect(metrics).toContain(`tracehouse_collector_spans_sampled_out_total{protocol="otlp_http_protobuf",tenant="team-a",service="collector"} ${(traceIds.length - expected.length) * 3}`);
  expect(metrics).toContain(`tracehouse_collector_spans_accepted_total{protocol="otlp_http_protobuf",tenant="team-a",service="collector"} ${expected.length * 3}`);
});
