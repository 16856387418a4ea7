import { join } from 'node:path';
import { createTopics, pollUntil, previousFormatRecords, readTopic, testBrokers, testKafka, uniqueName, type FixtureRecord } from '@tracehouse/testing';
import { DLQ_HEADERS } from '@tracehouse/stage-runtime';
import { ENRICHED_TRACES, FORMAT_VERSION_HEADER, STRUCTURED_TRACES } from '@tracehouse/topics';
import type { Kafka, Producer } from 'kafkajs';
import { startEnricher, type EnricherProcess } from './testdata/int-helpers';

// Rolling upgrades against the real thing: a grouper of the previous release (bytes and headers
// from commit 89c29c2, see testdata/previous-format) and one from the future share structured-traces
// with the current enricher process. The old record is enriched and forwarded; the newer one is
// dead-lettered as unsupported-format-version, counted, and nothing else is lost.
const [old] = previousFormatRecords(join(__dirname, 'testdata', 'previous-format'), 'structured-traces') as [FixtureRecord];

describe('trace-enricher reads previous-format structured-traces records from real Kafka', () => {
  let kafka: Kafka;
  let producer: Producer;
  let enricher: EnricherProcess | undefined;

  beforeAll(async () => {
    kafka = testKafka();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });
  afterAll(async () => {
    await enricher?.process.kill9();
    await producer.disconnect();
  });

  it('forwards an old-format record enriched, and dead-letters a newer-format one naming the reason', async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set: run integration tests through jest.int.config.js, whose global setup starts PostgreSQL');
    const input = uniqueName('prevfmt-structured');
    const output = uniqueName('prevfmt-enriched');
    await createTopics(kafka, [input, output, `${input}.dlq`], 2);
    enricher = await startEnricher({
      TOPIC_STRUCTURED_TRACES: input,
      TOPIC_ENRICHED_TRACES: output,
      KAFKA_BROKERS: testBrokers().join(','),
      KAFKA_GROUP_ID: uniqueName('prevfmt'),
      DATABASE_URL: url,
      ENTITY_STORE_SCHEMA: uniqueName('enricher_prevfmt').replace(/-/g, '_'),
    });
    const running = enricher;
    await pollUntil('enricher ready', async () => (await running.readyz()) === 200, 90_000, 250);

    await producer.send({
      topic: input,
      acks: -1,
      messages: [
        { key: old.key, value: old.value, headers: old.headers },
        { key: old.key, value: old.value, headers: { ...old.headers, [FORMAT_VERSION_HEADER]: String(STRUCTURED_TRACES.formatVersion + 1) } },
      ],
    });

    const [forwarded, ...more] = await readTopic(kafka, output, { atLeast: 1, timeoutMs: 60_000 });
    expect(more).toEqual([]);
    expect(forwarded?.key).toBe(old.key);
    expect(forwarded?.headers[FORMAT_VERSION_HEADER]).toBe(String(ENRICHED_TRACES.formatVersion));
    const trace = ENRICHED_TRACES.decodeRecord(forwarded?.value as Buffer, forwarded?.headers ?? {});
    expect(trace.traceId).toBe(STRUCTURED_TRACES.decode(old.value).traceId);
    expect(trace.spans.map((s) => s.name)).toEqual(['GET /users/:id', 'SELECT users']);
    expect(trace.spans.every((s) => s.enrichment?.serviceId)).toBe(true);

    const [dead, ...moreDead] = await readTopic(kafka, `${input}.dlq`, { atLeast: 1, timeoutMs: 60_000 });
    expect(moreDead).toEqual([]);
    expect(dead?.headers[DLQ_HEADERS.reason]).toBe('unsupported-format-version');
    expect(dead?.headers[DLQ_HEADERS.error]).toContain(`structured-traces record's format-version header is "3"; this reader knows format 1 and 2`);
    expect(dead?.value.equals(old.value)).toBe(true);
    const metrics = await (await fetch(`http://127.0.0.1:${running.adminPort}/metrics`)).text();
    expect(metrics).toMatch(/tracehouse_stage_dead_lettered_total\{[^}]*reason="unsupported-format-version"[^}]*\} 1\b/);
  });
});
