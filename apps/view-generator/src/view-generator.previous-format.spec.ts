import { join } from 'node:path';
import { createLogger, Metrics } from '@tracehouse/observability';
import { PermanentError, type InboundMessage } from '@tracehouse/stage-runtime';
import { previousFormatRecords, type FixtureRecord } from '@tracehouse/testing';
import { ENRICHED_TRACES, FORMAT_VERSION_HEADER } from '@tracehouse/topics';
import type { ViewBatch, ViewWriter } from '@tracehouse/trace-store';
import { ViewGeneratorHandler } from './view-generator.handler';

// Rolling upgrades: an enriched-traces record written by an enricher of the previous release (no
// format-version header, spans without warnings; bytes from commit 89c29c2, see
// testdata/previous-format) read by this view generator.
const [old] = previousFormatRecords(join(__dirname, 'testdata', 'previous-format'), 'enriched-traces') as [FixtureRecord];

/** A writer that keeps the rows it was given, by table. */
class RowsWriter implements ViewWriter {
  readonly rows: Array<{ table: string; lines: readonly string[] }> = [];
  async write(batch: ViewBatch): Promise<void> {
    for (const t of batch.tables()) this.rows.push({ table: t.table, lines: t.lines });
  }
}

async function rowsOf(value: Buffer, headers: Record<string, string>): Promise<RowsWriter['rows']> {
  const writer = new RowsWriter();
  const handler = new ViewGeneratorHandler({ writer, logger: createLogger('view-generator', { level: 'silent' }), metrics: new Metrics('view-generator'), batchMaxSpans: 100, batchMaxAgeMs: 1_000, retryMaxMs: 10_000 });
  const message: InboundMessage = { topic: 'enriched-traces', partition: 0, offset: '0', key: Buffer.from(old.key ?? ''), value, headers, timestamp: 1 };
  expect(await handler.handle(message)).toEqual([]);
  await handler.drain();
  return writer.rows;
}

describe('view-generator reads the previous enriched-traces format', () => {
  it('stores a previous-format record (no format-version header) as exactly the rows the current-format record gives', async () => {
    expect(old.headers[FORMAT_VERSION_HEADER]).toBeUndefined();
    const fromOld = await rowsOf(old.value, old.headers);
    // The same trace as a current enricher writes it: re-encoded, with the current headers.
    const current = ENRICHED_TRACES.encode(ENRICHED_TRACES.decode(old.value));
    const fromCurrent = await rowsOf(current, ENRICHED_TRACES.headers(old.headers['tenant-id'] as string, Number(old.headers['received-at'])));
    expect(fromOld).toEqual(fromCurrent);
    const spans = fromOld.find((t) => t.table === 'spans');
    expect(spans?.lines).toHaveLength(2);
    expect(spans?.lines.join('\n')).toContain('GET /users/:id');
    expect(spans?.lines.join('\n')).toContain('SELECT users');
  });

  it('dead-letters a record of a newer format as unsupported-format-version instead of storing it', async () => {
    const headers = { ...old.headers, [FORMAT_VERSION_HEADER]: String(ENRICHED_TRACES.formatVersion + 1) };
    await expect(rowsOf(old.value, headers)).rejects.toThrow(PermanentError);
    await expect(rowsOf(old.value, headers)).rejects.toThrow(expect.objectContaining({ reason: 'unsupported-format-version' }));
  });
});
