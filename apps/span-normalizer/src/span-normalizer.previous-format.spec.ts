import { join } from 'node:path';
import { createLogger, Metrics } from '@tracehouse/observability';
import { PermanentError, type InboundMessage } from '@tracehouse/stage-runtime';
import { previousFormatRecords, type FixtureRecord } from '@tracehouse/testing';
import { FORMAT_VERSION_HEADER, OTLP_SPANS, RAW_SPANS } from '@tracehouse/topics';
import { SpanNormalizerHandler } from './span-normalizer.handler';
import { SpanNormalizer } from './span-normalizer.processor';

// Rolling upgrades: otlp-spans records written by a collector of the previous release (no
// format-version header; bytes from commit 89c29c2, see testdata/previous-format) read by this normalizer.
const [old] = previousFormatRecords(join(__dirname, 'testdata', 'previous-format'), 'otlp-spans') as [FixtureRecord];

function handler(): SpanNormalizerHandler {
  return new SpanNormalizerHandler({
    normalizer: new SpanNormalizer({ dropRules: [], redactKeys: [], redactQueryParams: [], dbStatementMaxLength: 1000 }),
    outputTopic: 'raw-spans',
    logger: createLogger('span-normalizer', { level: 'silent' }),
    metrics: new Metrics('span-normalizer'),
    dropLogIntervalMs: 60_000,
  });
}

const inbound = (value: Buffer, headers: Record<string, string>): InboundMessage => ({ topic: 'otlp-spans', partition: 0, offset: '0', key: Buffer.from(old.key ?? ''), value, headers, timestamp: 1 });

describe('span-normalizer reads the previous otlp-spans format', () => {
  it('turns a previous-format record (no format-version header) into exactly what the current-format record gives', () => {
    expect(old.headers[FORMAT_VERSION_HEADER]).toBeUndefined();
    const fromOld = handler().handle(inbound(old.value, old.headers));
    // The same spans as a current collector writes them: re-encoded, with the current headers.
    const current = OTLP_SPANS.encode(OTLP_SPANS.decode(old.value));
    const fromCurrent = handler().handle(inbound(current, OTLP_SPANS.headers(old.headers['tenant-id'] as string, Number(old.headers['received-at']))));
    expect(fromOld).toEqual(fromCurrent);
    expect(fromOld).toHaveLength(1);
    const fragment = RAW_SPANS.decodeRecord(fromOld[0]?.value as Buffer, fromOld[0]?.headers ?? {});
    expect(fragment.spans.map((s) => [s.name, s.kind, s.serviceName])).toEqual([
      ['GET /users/:id', 'SERVER', 'users-api'],
      ['SELECT users', 'CLIENT', 'users-api'],
    ]);
  });

  it('dead-letters a record of a newer format as unsupported-format-version, naming the header', () => {
    const newer = inbound(old.value, { ...old.headers, [FORMAT_VERSION_HEADER]: String(OTLP_SPANS.formatVersion + 1) });
    expect(() => handler().handle(newer)).toThrow(PermanentError);
    expect(() => handler().handle(newer)).toThrow(expect.objectContaining({ reason: 'unsupported-format-version', message: expect.stringContaining('otlp-spans record\'s format-version header is "2"') }));
  });
});
