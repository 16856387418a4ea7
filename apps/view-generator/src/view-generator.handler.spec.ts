import type { StructuredTrace } from '@tracehouse/model';
import { createLogger, Metrics } from '@tracehouse/observability';
import { DependencyUnavailableError, DLQ_HEADERS, errorKind, type InboundMessage } from '@tracehouse/stage-runtime';
import { pollUntil } from '@tracehouse/testing';
import { ENRICHED_TRACES, pipelineHeaders } from '@tracehouse/topics';
import { ViewDataRejectedError, type ViewBatch, type ViewWriter } from '@tracehouse/trace-store';
import { checkoutTrace, lateFragmentPart1, lateFragmentPart2 } from './testdata/traces';
import { SPAN_DLQ_HEADERS, ViewGeneratorHandler } from './view-generator.handler';

/**
 * A writer that records what it was given, fails while `down` is set, waits while `gate` is set,
 * and refuses (as ClickHouse refuses rows it cannot parse) any batch with a line containing `refuse`.
 */
class FakeWriter implements ViewWriter {
  down = false;
  attempts = 0;
  gate: Promise<void> | undefined;
  refuse: string | undefined;
  written: { spans: number; tables: Record<string, number> }[] = [];
  async write(batch: ViewBatch): Promise<void> {
    this.attempts++;
    await this.gate;
    if (this.down) throw new Error('connect ECONNREFUSED 127.0.0.1:8123');
    const refuse = this.refuse;
    if (refuse !== undefined && batch.tables().some((t) => t.lines.some((l) => l.includes(refuse)))) {
      throw new ViewDataRejectedError("ClickHouse refused rows of spans: Cannot parse input: expected '\\t' (Code 27)");
    }
    const rows = batch.tables().flatMap((t) => [[t.table, t.lines.length], ...(t.copies ?? []).map((c) => [c.table, t.lines.length])]);
    this.written.push({ spans: batch.spanCount, tables: Object.fromEntries(rows) });
  }
}

const message = (trace: StructuredTrace, offset: number, partition = 0): InboundMessage => ({
  topic: 'enriched-traces',
  partition,
  offset: String(offset),
  key: Buffer.from(ENRICHED_TRACES.key(trace.tenantId, trace.traceId)),
  value: ENRICHED_TRACES.encode(trace),
  headers: pipelineHeaders(trace.tenantId, 1),
  timestamp: 1,
});

function setup(options: { batchMaxSpans?: number; batchMaxAgeMs?: number } = {}) {
  const writer = new FakeWriter();
  const handler = new ViewGeneratorHandler({
    writer,
    logger: createLogger('view-generator', { level: 'silent' }),
    metrics: new Metrics('view-generator'),
    batchMaxSpans: options.batchMaxSpans ?? 100,
    batchMaxAgeMs: options.batchMaxAgeMs ?? 1_000,
    retryMaxMs: 10_000,
  });
  return { writer, handler };
}

describe('ViewGeneratorHandler', () => {
  it('buffers rows without producing, and holds the lowest unwritten offset of each partition', async () => {
    const { writer, handler } = setup();
    expect(await handler.handle(message(checkoutTrace(), 7))).toEqual([]);
    expect(await handler.handle(message(lateFragmentPart1(), 8))).toEqual([]);
    expect(await handler.handle(message(lateFragmentPart2(), 3, 1))).toEqual([]);
    expect(handler.heldOffset('enriched-traces', 0)).toBe('7');
    expect(handler.heldOffset('enriched-traces', 1)).toBe('3');
    expect(handler.heldOffset('enriched-traces', 2)).toBeUndefined();
    expect(await handler.flushDue(Date.now())).toEqual([]);
    expect(writer.attempts).toBe(0);
  });

  it('inserts once the oldest buffered message is old enough, then holds nothing', async () => {
    const { writer, handler } = setup({ batchMaxAgeMs: 500 });
    // Read the clock before handle() stamps the buffer: the stamp is then at or after `before`, so
    // `before + 499` is under the age limit however long handle() took (a loaded CI machine).
    const before = Date.now();
    await handler.handle(message(checkoutTrace(), 0));
    await handler.flushDue(before + 499);
    expect(writer.attempts).toBe(0);
    await handler.flushDue(Date.now() + 500);
    await handler.settled();
    expect(writer.written).toEqual([{ spans: 6, tables: { spans: 6, trace_spans: 6, trace_fragments: 1 } }]);
    expect(handler.heldOffset('enriched-traces', 0)).toBeUndefined();
  });

  it('inserts from handle once the batch holds batchMaxSpans spans', async () => {
    const { writer, handler } = setup({ batchMaxSpans: 8 });
    await handler.handle(message(checkoutTrace(), 0));
    expect(writer.attempts).toBe(0);
    await handler.handle(message(lateFragmentPart1(), 1));
    await handler.settled();
    expect(writer.written.map((w) => w.spans)).toEqual([8]);
    expect(handler.heldOffset('enriched-traces', 0)).toBeUndefined();
  });

  it('fills the next batch while an insert is under way, holding the offsets of both until each is written', async () => {
    const { writer, handler } = setup({ batchMaxSpans: 6 });
    let release = (): void => undefined;
    writer.gate = new Promise((resolve) => (release = resolve));
    await handler.handle(message(checkoutTrace(), 0)); // 6 spans: sealed, its insert waits at the gate
    expect(writer.attempts).toBe(1);
    await handler.handle(message(lateFragmentPart1(), 1)); // accepted without waiting for the insert
    expect(handler.heldOffset('enriched-traces', 0)).toBe('0');
    // A full buffer waits for the insert under way.
    let accepted = false;
    const full = Promise.resolve(handler.handle(message(checkoutTrace(), 2))).then(() => (accepted = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(accepted).toBe(false);
    release();
    await full;
    await handler.settled();
    expect(writer.written.map((w) => w.spans)).toEqual([6, 8]);
    expect(handler.heldOffset('enriched-traces', 0)).toBeUndefined();
  });

  it('keeps the batch and its offsets while ClickHouse is down, backs off, and writes it once it is back', async () => {
    const { writer, handler } = setup({ batchMaxAgeMs: 0 });
    writer.down = true;
    await handler.handle(message(checkoutTrace(), 5));
    const now = Date.now();
    expect(await handler.flushDue(now)).toEqual([]); // starts the insert, does not wait for it
    await handler.settled();
    expect(handler.clickhouseAvailable).toBe(false);
    expect(handler.lastInsertError).toBe('connect ECONNREFUSED 127.0.0.1:8123');
    expect(handler.heldOffset('enriched-traces', 0)).toBe('5');
    // Within the backoff, no new attempt reaches ClickHouse.
    await handler.flushDue(now + 1);
    await handler.settled();
    expect(writer.attempts).toBe(1);
    writer.down = false;
    await handler.flushDue(now + 60_000);
    await handler.settled();
    expect(writer.written.map((w) => w.spans)).toEqual([6]);
    expect(handler.clickhouseAvailable).toBe(true);
    expect(handler.heldOffset('enriched-traces', 0)).toBeUndefined();
  });

  it('refuses more input once the next buffer is full too while ClickHouse is down, without buffering a re-delivered message twice', async () => {
    const { writer, handler } = setup({ batchMaxSpans: 6 });
    writer.down = true;
    await handler.handle(message(checkoutTrace(), 10)); // sealed; its insert fails
    const m = message(checkoutTrace(), 11);
    const refused = await Promise.resolve(handler.handle(m)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DependencyUnavailableError);
    expect((refused as Error).message).toMatch(/holding 12 spans until the next attempt/);
    expect(errorKind(refused)).toBe('dependency');
    // The runner retries the same message after its backoff.
    await expect(handler.handle(m)).rejects.toBeInstanceOf(DependencyUnavailableError);
    expect(handler.heldOffset('enriched-traces', 0)).toBe('10');
    writer.down = false;
    // Once the backoff has passed, the failed batch is written, then the retried message's.
    await pollUntil('the retried message to be accepted', async () => (await handler.handle(m).catch(() => undefined))?.length === 0, 5_000, 20);
    await handler.settled();
    expect(writer.written.map((w) => w.spans)).toEqual([6, 6]);
    expect(handler.heldOffset('enriched-traces', 0)).toBeUndefined();
  });

  it('dead-letters only the span whose row ClickHouse refuses, writes the rest of its trace and batch, and holds the offset until handed out', async () => {
    const { writer, handler } = setup({ batchMaxSpans: 1_000 });
    writer.refuse = 'refused-span-name';
    const poisoned = checkoutTrace();
    poisoned.spans[3] = { ...poisoned.spans[3]!, name: 'refused-span-name' };
    const bad = message(poisoned, 2);
    for (const m of [message(checkoutTrace(), 0), message(checkoutTrace(), 1), bad, message(checkoutTrace(), 3), message(checkoutTrace(), 4)]) {
      expect(await handler.handle(m)).toEqual([]);
    }
    await handler.flushDue(Date.now() + 60_000); // seals the batch and starts its insert
    await handler.settled();
    expect(handler.clickhouseAvailable).toBe(true);
    expect(handler.heldOffset('enriched-traces', 0)).toBe('0'); // nothing committed before the record is out
    const out = await handler.flushDue(Date.now());
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ topic: 'enriched-traces.dlq' });
    // The record holds that span alone, so a replay of it stores just that span.
    const dead = ENRICHED_TRACES.decode(out[0]!.value as Buffer);
    expect(dead.spans.map((s) => [s.spanId, s.name])).toEqual([[poisoned.spans[3]!.spanId, 'refused-span-name']]);
    expect(dead.traceId).toBe(poisoned.traceId);
    expect(out[0]?.headers).toMatchObject({
      [DLQ_HEADERS.stage]: 'view-generator', [DLQ_HEADERS.errorKind]: 'permanent', [DLQ_HEADERS.sourceOffset]: '2', [DLQ_HEADERS.sourcePartition]: '0',
      [SPAN_DLQ_HEADERS.spanId]: poisoned.spans[3]!.spanId, [SPAN_DLQ_HEADERS.reason]: 'refused_by_clickhouse', 'dlq-reason': 'refused-by-store', 'dlq-part': `span ${poisoned.spans[3]!.spanId}`,
    });
    expect(out[0]?.headers?.[DLQ_HEADERS.error]).toMatch(/ClickHouse refused rows of spans/);
    // The four good messages (6 spans each) and the 5 other spans of the poisoned one were written.
    expect(writer.written.reduce((n, w) => n + w.spans, 0)).toBe(29);
    expect(bad.value).not.toEqual(out[0]!.value);
    expect(handler.heldOffset('enriched-traces', 0)).toBeUndefined();
    expect(await handler.flushDue(Date.now())).toEqual([]);
  });

  it('drops its buffer on reset (the partitions are re-read from the committed offsets)', async () => {
    const { writer, handler } = setup();
    await handler.handle(message(checkoutTrace(), 2));
    handler.reset();
    expect(handler.heldOffset('enriched-traces', 0)).toBeUndefined();
    await handler.flushDue(Date.now() + 60_000);
    expect(writer.attempts).toBe(0);
  });

  it('forgets an insert under way on reset: its outcome no longer changes what is held', async () => {
    const { writer, handler } = setup({ batchMaxSpans: 6 });
    let release = (): void => undefined;
    writer.gate = new Promise((resolve) => (release = resolve));
    writer.down = true;
    await handler.handle(message(checkoutTrace(), 0));
    handler.reset();
    await handler.handle(message(lateFragmentPart1(), 1));
    release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(handler.clickhouseAvailable).toBe(true);
    expect(handler.heldOffset('enriched-traces', 0)).toBe('1');
  });

  it('holds nothing back for a message without spans', async () => {
    const { writer, handler } = setup({ batchMaxAgeMs: 0 });
    await handler.handle(message({ ...checkoutTrace(), spans: [], rootIndices: [], spanEdges: [] }, 3));
    expect(handler.heldOffset('enriched-traces', 0)).toBeUndefined();
    await handler.flushDue(Date.now() + 1);
    expect(writer.attempts).toBe(0);
  });

  it('writes what it holds on drain, and leaves it uncommitted when it cannot', async () => {
    const ok = setup({ batchMaxSpans: 6 });
    await ok.handler.handle(message(checkoutTrace(), 0)); // sealed, insert under way
    await ok.handler.handle(message(lateFragmentPart1(), 1)); // open
    expect(await ok.handler.drain()).toEqual([]);
    expect(ok.writer.written.map((w) => w.spans)).toEqual([6, 2]);
    expect(ok.handler.heldOffset('enriched-traces', 0)).toBeUndefined();

    const down = setup();
    down.writer.down = true;
    await down.handler.handle(message(checkoutTrace(), 4));
    expect(await down.handler.drain()).toEqual([]);
    expect(down.handler.heldOffset('enriched-traces', 0)).toBe('4');
  });

  it('rejects an undecodable record as permanent', async () => {
    const { handler } = setup();
    const bad = { ...message(checkoutTrace(), 0), value: Buffer.from('not a protobuf') };
    const err = await Promise.resolve(handler.handle(bad)).catch((e: unknown) => e);
    expect(errorKind(err)).toBe('permanent');
    expect(handler.heldOffset('enriched-traces', 0)).toBeUndefined();
  });
});
