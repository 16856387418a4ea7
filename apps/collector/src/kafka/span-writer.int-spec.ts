// KafkaSpanWriter against the real broker: what it keeps of records once Kafka acknowledged them.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createLogger } from '@tracehouse/observability';
import { createTopics, pollUntil, readTopic, testKafka, uniqueName } from '@tracehouse/testing';
import { KafkaSpanWriter } from './span-writer';

// A full garbage collection on demand (the test process does not run with --expose-gc).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const kafka = testKafka('span-writer');

/** Collects twice, a turn apart: a WeakRef's target stays alive until the job that made it ends. */
async function collect(): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
}

describe('KafkaSpanWriter (real broker)', () => {
  const topic = uniqueName('span-writer');
  let writer: KafkaSpanWriter;

  beforeAll(async () => {
    await createTopics(kafka, [topic], 2);
    writer = new KafkaSpanWriter({
      kafka,
      topic,
      logger: createLogger('collector', { level: 'silent' }),
      producers: 2,
      lingerMs: 5,
      maxBatchBytes: 2 * 1024 * 1024,
      maxPartitionBatchBytes: 1_000_000,
      maxBatchMessages: 10_000,
      sendTimeoutMs: 10_000,
      topics: [],
    });
    writer.start();
    await pollUntil('the writer connected', () => writer.available, 30_000, 100);
  }, 60_000);

  afterAll(async () => {
    await writer?.stop();
  });

  it('keeps no value of earlier writes once Kafka acknowledged them, so its memory follows what is in flight', async () => {
    // Values written and acknowledged, then only weakly referenced: the writer must not keep them
    // (its per-producer queues held the last 4,096 sent records, ~190 MB at 10,000 spans/s).
    const refs: Array<WeakRef<Buffer>> = [];
    for (let i = 0; i < 20; i++) {
      const records = Array.from({ length: 5 }, (_, j) => {
        const value = Buffer.alloc(64 * 1024, i * 5 + j);
        refs.push(new WeakRef(value));
        return { key: `tenant/${i}-${j}`, value, headers: { 'tenant-id': 'tenant' } };
      });
      await writer.write(records);
    }
    const stored = await readTopic(kafka, topic, { atLeast: 100, timeoutMs: 30_000 });
    expect(stored).toHaveLength(100);

    await collect();
    // The last writes' values may still be referenced by the last produce request of a producer;
    // every earlier one must be gone.
    const earlier = refs.slice(0, 75);
    expect(earlier.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
  }, 60_000);
});
