import { DEAD_LETTER_REASONS } from '@tracehouse/stage-runtime';
import { HelpRequested, parseCommand } from './dlq.config';

const ENV = { KAFKA_BROKERS: '127.0.0.1:9092' };

describe('parseCommand', () => {
  it('maps --stage to its input topic + .dlq, following renamed topics', () => {
    expect(parseCommand(['list', '--stage', 'spans-grouper'], ENV).topic).toBe('raw-spans.dlq');
    expect(parseCommand(['list', '--stage=view-generator'], { ...ENV, TOPIC_ENRICHED_TRACES: 'prod-enriched' }).topic).toBe('prod-enriched.dlq');
    expect(parseCommand(['list', '--stage=view-generator-logs'], ENV).topic).toBe('otlp-logs.dlq');
    expect(parseCommand(['list', '--topic', 'raw-spans.dlq'], ENV)).toMatchObject({ command: 'list', groupId: 'tracehouse-dlq.raw-spans.dlq', timeoutMs: 60_000, maxRecords: 1_000_000, json: false });
    expect(parseCommand(['list', '--topic', 'raw-spans.dlq', '--max-records', '50'], { ...ENV, DLQ_TIMEOUT_MS: '5000' })).toMatchObject({ timeoutMs: 5000, maxRecords: 50 });
  });

  it('reads the replay selection and options', () => {
    const c = parseCommand(['replay', '--topic', 'raw-spans.dlq', '--reason', 'invalid', '--partition', '2', '--include-replayed', '--dry-run', '--timeout-ms', '5000'], ENV);
    expect(c).toMatchObject({ command: 'replay', selection: { reason: 'invalid', partition: 2 }, includeReplayed: true, dryRun: true, timeoutMs: 5000, all: false });
    expect(parseCommand(['replay', '--topic', 't.dlq', '--offsets', '0:1-3'], ENV).selection.offsets?.[0]).toMatchObject({ partition: 0, from: 1n, to: 3n });
  });

  it.each([
    [['purge', '--topic', 'x'], 'unknown command "purge": use list or replay'],
    [['list'], 'give exactly one of --stage or --topic'],
    [['list', '--topic', 'a.dlq', '--stage', 'spans-grouper'], 'give exactly one of --stage or --topic'],
    [['list', '--topic', 'a b'], '--topic: must be a Kafka topic name'],
    [['list', '--stage', 'collector'], '--stage: must be one of span-normalizer, spans-grouper, trace-enricher, view-generator, view-generator-logs (got "collector")'],
    [['list', '--topic', 'a.dlq', '--reason', 'oops'], `--reason: must be one of ${DEAD_LETTER_REASONS.join(', ')} (got "oops")`],
    [['list', '--topic', 'a.dlq', '--offsets', '0:abc'], '--offsets: "0:abc" is not an offset'],
    [['list', '--topic', 'a.dlq', '--partition', '-1'], '--partition: must be a partition number'],
    [['list', '--topic', 'a.dlq', '--frobnicate'], 'unknown flag --frobnicate'],
    [['list', '--topic'], '--topic needs a value'],
    [['list', '--topic', 'a.dlq', '--max-records', '0'], '--max-records: must be an integer from 1 to 100000000 (got "0")'],
    [['replay', '--topic', 'a.dlq'], 'replay needs --all, --offsets or --reason'],
    [['replay', '--topic', 'a.dlq', '--all', '--reason', 'invalid'], '--all cannot be combined with --offsets or --reason'],
  ])('rejects %j saying what is wrong', (argv, message) => {
    expect(() => parseCommand(argv, ENV)).toThrow(message);
  });

  it('answers --help, help and no command with the usage', () => {
    for (const argv of [[], ['help'], ['--help'], ['replay', '--help']]) expect(() => parseCommand(argv, ENV)).toThrow(HelpRequested);
  });

  it('names a bad KAFKA_BROKERS', () => {
    expect(() => parseCommand(['list', '--topic', 'a.dlq'], { KAFKA_BROKERS: 'no port here' })).toThrow(/KAFKA_BROKERS: must be host:port/);
  });
});
