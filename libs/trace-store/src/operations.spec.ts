import { ViewBatch, type EncodedTable } from './batch';
import { OPERATIONS_ENCODING, operationKey, WrittenOperations, type OperationRow } from './operations';
import type { TraceStore } from './store';
import { spanRow, T0 } from './testdata/span-rows';
import { ClickHouseViewWriter } from './writer';

const op = (spanName: string, overrides: Partial<OperationRow> = {}): OperationRow => ({ tenant: 'acme', serviceName: 'frontend', spanName, kind: 'SERVER', lastSeenUnixNano: T0, lastReceivedMs: 1_736_942_400_500, ...overrides });

/** A store that records what it was asked to insert, and fails while `down` is set (unit tests of the writer; the int-spec uses chdb). */
class RecordingStore {
  down = false;
  inserted: EncodedTable[] = [];
  async insert(table: EncodedTable): Promise<void> {
    if (this.down) throw new Error('connect ECONNREFUSED 127.0.0.1:8123');
    this.inserted.push(table);
  }
}

function batchOf(...names: string[]): ViewBatch {
  const batch = new ViewBatch();
  batch.add({ spans: names.map((spanName, i) => spanRow({ spanName, spanId: `00f067aa0ba902${String(i).padStart(2, '0')}` })), traceFragments: [] });
  return batch;
}

describe('a batch’s operations', () => {
  it('are its distinct (tenant, service, span name, kind) with the latest start and receive time of their spans', () => {
    const batch = new ViewBatch();
    batch.add({
      spans: [
        spanRow({ spanName: 'GET /a', startTimeUnixNano: T0 + 5n, receivedAtMs: 100 }),
        spanRow({ spanName: 'GET /a', startTimeUnixNano: T0 + 9n, receivedAtMs: 90 }),
        spanRow({ spanName: 'GET /a', kind: 'CLIENT', startTimeUnixNano: T0 }),
        spanRow({ spanName: 'GET /a', serviceName: 'cart' }),
        spanRow({ spanName: 'GET /a', tenant: 'globex' }),
      ],
      traceFragments: [],
    });
    batch.add({ spans: [spanRow({ spanName: 'GET /a', startTimeUnixNano: T0 + 7n, receivedAtMs: 120 })], traceFragments: [] });
    expect(batch.operations().map((o) => [o.tenant, o.serviceName, o.spanName, o.kind])).toEqual([
      ['acme', 'frontend', 'GET /a', 'SERVER'],
      ['acme', 'frontend', 'GET /a', 'CLIENT'],
      ['acme', 'cart', 'GET /a', 'SERVER'],
      ['globex', 'frontend', 'GET /a', 'SERVER'],
    ]);
    expect(batch.operations()[0]).toMatchObject({ lastSeenUnixNano: T0 + 9n, lastReceivedMs: 120 });
  });

  it('leave the batch as it was when a span cannot be encoded', () => {
    const batch = batchOf('GET /a');
    expect(() => batch.add({ spans: [spanRow({ spanName: 'GET /b', startTimeUnixNano: -1n })], traceFragments: [] })).toThrow(RangeError);
    expect(batch.operations().map((o) => o.spanName)).toEqual(['GET /a']);
  });

  it('encode as operations lines, escaped like every TSV value', () => {
    expect(OPERATIONS_ENCODING.encode(op('say\thi'))).toBe('acme\tfrontend\tsay\\thi\tSERVER\t1736942400.123456789\t1736942400.500');
    expect(operationKey(op('a\tb', { kind: 'c' }))).not.toBe(operationKey(op('a', { kind: 'b\tc' })));
  });
});

describe('WrittenOperations', () => {
  it('says an operation is due until it was written, and again once the refresh interval passed', () => {
    let now = 0;
    const written = new WrittenOperations({ refreshMs: 1_000, now: () => now });
    expect(written.due([op('a'), op('b')]).map((o) => o.spanName)).toEqual(['a', 'b']);
    written.markWritten([op('a')]);
    expect(written.due([op('a'), op('b')]).map((o) => o.spanName)).toEqual(['b']);
    now = 999;
    expect(written.due([op('a')])).toEqual([]);
    now = 1_000;
    expect(written.due([op('a')]).map((o) => o.spanName)).toEqual(['a']);
  });

  it('remembers at most maxEntries, forgetting the longest-unwritten first', () => {
    let now = 0;
    const written = new WrittenOperations({ maxEntries: 2, now: () => now });
    written.markWritten([op('a')]);
    now = 1;
    written.markWritten([op('b')]);
    now = 2;
    written.markWritten([op('a')]); // a is now the freshest
    written.markWritten([op('c')]);
    expect(written.size).toBe(2);
    expect(written.due([op('a'), op('b'), op('c')]).map((o) => o.spanName)).toEqual(['b']);
  });

  it('refuses a cap below one', () => {
    expect(() => new WrittenOperations({ maxEntries: 0 })).toThrow('maxEntries must be a whole number >= 1 (got 0)');
  });
});

describe('ClickHouseViewWriter and operations', () => {
  const tablesOf = (store: RecordingStore): Array<[string, number]> => store.inserted.map((t) => [t.table, t.lines.length]);

  it('writes a batch’s new operations before trace_fragments, and none it has written lately', async () => {
    const store = new RecordingStore();
    const writer = new ClickHouseViewWriter(store as unknown as TraceStore);
    const first = batchOf('GET /a', 'GET /b', 'GET /a');
    first.add({ spans: [], traceFragments: [{ tenant: 'acme', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', startTimeUnixNano: T0, endTimeUnixNano: T0, spanIds: [], errorSpanIds: [], services: [], rootRank: 0, rootStartUnixNano: T0, rootService: '', transactionName: '', truncated: false, overflowSpanCount: 0 }] });
    await writer.write(first);
    expect(tablesOf(store)).toEqual([['spans', 3], ['operations', 2], ['trace_fragments', 1]]);
    store.inserted = [];
    await writer.write(batchOf('GET /b', 'GET /c'));
    expect(tablesOf(store)).toEqual([['spans', 2], ['operations', 1]]);
    expect(store.inserted[1]?.lines[0]).toContain('\tGET /c\t');
  });

  it('writes operations again after a failed write (nothing remembered before ClickHouse acknowledged it)', async () => {
    const store = new RecordingStore();
    const writer = new ClickHouseViewWriter(store as unknown as TraceStore);
    store.down = true;
    await expect(writer.write(batchOf('GET /a'))).rejects.toThrow('ECONNREFUSED');
    store.down = false;
    await writer.write(batchOf('GET /a'));
    expect(tablesOf(store)).toEqual([['spans', 1], ['operations', 1]]);
  });
});
