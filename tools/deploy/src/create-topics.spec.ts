import { pipelineTopicSpecs } from './create-topics';
import { loadCreateTopicsConfig } from './create-topics.config';

describe('pipelineTopicSpecs', () => {
  it('creates the log path topic and its dead-letter topic beside the trace topics, with their retention', () => {
    const specs = pipelineTopicSpecs(loadCreateTopicsConfig({ KAFKA_TOPIC_PARTITIONS: '6', TOPIC_OTLP_LOGS: 'acme.otlp-logs' }));
    expect(specs.map((s) => [s.name, s.partitions, s.configs?.['retention.ms']])).toEqual([
      ['otlp-spans', 6, '604800000'],
      ['raw-spans', 6, '604800000'],
      ['structured-traces', 6, '604800000'],
      ['enriched-traces', 6, '604800000'],
      ['acme.otlp-logs', 6, '604800000'],
      ['otlp-spans.dlq', 6, '1209600000'],
      ['raw-spans.dlq', 6, '1209600000'],
      ['structured-traces.dlq', 6, '1209600000'],
      ['enriched-traces.dlq', 6, '1209600000'],
      ['acme.otlp-logs.dlq', 6, '1209600000'],
    ]);
  });
});
