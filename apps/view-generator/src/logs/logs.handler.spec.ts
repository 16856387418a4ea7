import Long from 'long';
import { createLogger, Metrics } from '@tracehouse/observability';
import { decodeLogsData, type LogRecord, type LogsData } from '@tracehouse/otlp';
import { DEFAULT_REDACT_KEYS, Redactor } from '@tracehouse/redaction';
import { DependencyUnavailableError, DLQ_HEADERS, type InboundMessage } from '@tracehouse/stage-runtime';
import { pollUntil } from '@tracehouse/testing';
import { OTLP_LOGS } from '@tracehouse/topics';
import { ViewDataRejectedError, type LogBatch, type LogWriter } from '@tracehouse/trace-store';
import { LOG_DLQ_HEADERS, LogsHandler } from './logs.handler';

/** Records the rows written, fails while `down`, and refuses (as ClickHouse refuses what it cannot parse) a batch holding `refuse`. */
class FakeLogWriter implements LogWriter {
  down = false;
  gate: Promise<void> | undefined;
  refuse: string | undefined;
  lines: string[] = [];
  async write(batch: LogBatch): Promise<void> {
    await this.gate;
    if (this.down) throw new Error('connect ECONNREFUSED 127.0.0.1:8123');
    const lines = batch.tables().flatMap((t) => t.lines);
    if (this.refuse !== undefined && lines.some((l) => l.includes(this.refuse as string))) throw new ViewDataRejectedError('ClickHouse refused rows of logs: Cannot parse input (Code 27)');
    this.lines.push(...lines);
  }
}

const rec = (body: string, extra: Partial<LogRecord> = {}): LogRecord => ({ time_unix_nano: Long.fromNumber(1_700_000_000_000), severity_number: 9, body: { string_value: body }, ...extra });
const data = (...records: LogRecord[]): LogsData => ({ resource_logs: [{ resource: { attributes: [{ key: 'service.name', value: { string_value: 'svc' } }] }, scope_logs: [{ log_records: records }] }] });
const message = (d: LogsData, offset: number, partition = 0): InboundMessage => ({
  topic: 'otlp-logs',
  partition,
  offset: String(offset),
  key: Buffer.from('svc'),
  value: OTLP_LOGS.encode(d),
  headers: OTLP_LOGS.headers('acme', 1_700_000_000_000),
  timestamp: 1,
});

function setup(batchMaxRecords = 100) {
  const writer = new FakeLogWriter();
  const metrics = new Metrics('view-generator');
  const handler = new LogsHandler({
    writer,
    redactor: new Redactor({ keys: [...DEFAULT_REDACT_KEYS], queryParams: [] }),
    logger: createLogger('view-generator', { level: 'silent' }),
    metrics,
    batchMaxRecords,
    batchMaxAgeMs: 1_000,
    retryMaxMs: 10_000,
  });
  return { writer, handler, metrics };
}

const bodyOf = (line: string): string => line.split('\t')[9];

describe('LogsHandler', () => {
  it('buffers records and holds the lowest unwritten offset per partition until the insert is acknowledged', async () => {
    const { writer, handler } = setup();
    expect(await handler.handle(message(data(rec('a'), rec('b')), 5))).toEqual([]);
    expect(await handler.handle(message(data(rec('c')), 6))).toEqual([]);
    expect(await handler.handle(message(data(rec('d')), 3, 1))).toEqual([]);
    expect([handler.heldOffset('otlp-logs', 0), handler.heldOffset('otlp-logs', 1)]).toEqual(['5', '3']);
    expect(writer.lines).toEqual([]);
    handler.flushDue(Date.now() + 1_000);
    await pollUntil('the insert', () => writer.lines.length === 4, 1_000, 5);
    expect(writer.lines.map(bodyOf)).toEqual(['a', 'b', 'c', 'd']);
    expect(handler.heldOffset('otlp-logs', 0)).toBeUndefined();
  });

  it('inserts once the buffer holds batchMaxRecords', async () => {
    const { writer, handler } = setup(3);
    await handler.handle(message(data(rec('a'), rec('b')), 1));
    expect(writer.lines).toEqual([]);
    await handler.handle(message(data(rec('c')), 2));
    await pollUntil('the insert', () => writer.lines.length === 3, 1_000, 5);
    expect(writer.lines.map(bodyOf)).toEqual(['a', 'b', 'c']);
  });

  it('dead-letters a bad record alone (a LogsData of only it, with its reason) and stores the rest of its message', async () => {
    const { writer, handler, metrics } = setup();
    const out = await handler.handle(message(data(rec('good 1'), rec('bad id', { trace_id: new Uint8Array([1, 2, 3]) }), rec('odd severity, kept', { severity_number: 999 as never }), rec('good 2')), 9));
    expect(out.map((o) => [o.topic, o.headers?.[LOG_DLQ_HEADERS.reason], o.headers?.[DLQ_HEADERS.reason]])).toEqual([['otlp-logs.dlq', 'invalid_id', 'invalid']]);
    expect(out.map((o) => decodeLogsData(o.value as Buffer).resource_logs?.[0].scope_logs?.[0].log_records?.map((r) => r.body?.string_value))).toEqual([['bad id']]);
    await handler.drain();
    expect(writer.lines.map(bodyOf)).toEqual(['good 1', 'odd severity, kept', 'good 2']);
    expect(await metrics.render()).toMatch(/tracehouse_views_log_records_dead_lettered_total\{reason="invalid_id",service="view-generator"\} 1/);
  });

  it('keeps the batch while ClickHouse is down, fills one more, refuses input once that is full too, and writes both when ClickHouse returns', async () => {
    const { writer, handler } = setup(2);
    writer.down = true;
    await handler.handle(message(data(rec('a'), rec('b')), 1));
    await pollUntil('the failed insert', () => !handler.clickhouseAvailable, 1_000, 5);
    await handler.handle(message(data(rec('c'), rec('d')), 2));
    await expect(handler.handle(message(data(rec('e')), 3))).rejects.toBeInstanceOf(DependencyUnavailableError);
    expect(handler.heldOffset('otlp-logs', 0)).toBe('1');
    writer.down = false;
    await handler.flushDue(Date.now() + 60_000);
    await pollUntil('the retried insert', () => handler.clickhouseAvailable, 1_000, 5);
    expect(writer.lines.map(bodyOf)).toEqual(['a', 'b']);
    // The message refused meanwhile is handled when redelivered; the full buffer goes first.
    await handler.handle(message(data(rec('e')), 3));
    await handler.drain();
    expect(writer.lines.map(bodyOf)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(handler.heldOffset('otlp-logs', 0)).toBeUndefined();
  });

  it('fills the next buffer while an insert is under way', async () => {
    const { writer, handler } = setup(2);
    let open!: () => void;
    writer.gate = new Promise<void>((resolve) => (open = resolve));
    await handler.handle(message(data(rec('a'), rec('b')), 1));
    await handler.handle(message(data(rec('c')), 2));
    expect(writer.lines).toEqual([]);
    expect(handler.heldOffset('otlp-logs', 0)).toBe('1');
    open();
    writer.gate = undefined;
    await pollUntil('the first insert', () => writer.lines.length === 2, 1_000, 5);
    expect(handler.heldOffset('otlp-logs', 0)).toBe('2');
    await handler.drain();
    expect(writer.lines.map(bodyOf)).toEqual(['a', 'b', 'c']);
  });

  it('when ClickHouse refuses rows, dead-letters only the refused records and writes every other', async () => {
    const { writer, handler } = setup();
    writer.refuse = 'poison';
    await handler.handle(message(data(rec('x1'), rec('poison'), rec('x2')), 1));
    await handler.handle(message(data(rec('y1')), 2));
    handler.flushDue(Date.now() + 1_000);
    const out = await handler.drain();
    expect(out.map((o) => o.headers?.[LOG_DLQ_HEADERS.reason])).toEqual(['refused_by_clickhouse']);
    expect(writer.lines.map(bodyOf).sort()).toEqual(['x1', 'x2', 'y1']);
    expect(handler.heldOffset('otlp-logs', 0)).toBeUndefined();
  });
});
