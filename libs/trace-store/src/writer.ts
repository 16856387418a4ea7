import { TRACE_FRAGMENTS_ENCODING, type EncodedTable, type ViewBatch } from './batch';
import { OPERATIONS_ENCODING, WrittenOperations } from './operations';
import type { TraceStore } from './store';

/**
 * ClickHouse error codes that mean the rows themselves were refused (a value the column cannot
 * parse or hold), so the same rows will fail again however often they are retried. Codes:
 * https://github.com/ClickHouse/ClickHouse/blob/master/src/Common/ErrorCodes.cpp
 */
export const REJECTED_DATA_CODES = [
  '6', // CANNOT_PARSE_TEXT
  '26', // CANNOT_PARSE_QUOTED_STRING
  '27', // CANNOT_PARSE_INPUT_ASSERTION_FAILED
  '38', // CANNOT_PARSE_DATE
  '41', // CANNOT_PARSE_DATETIME
  '53', // TYPE_MISMATCH
  '69', // ARGUMENT_OUT_OF_BOUND
  '70', // CANNOT_CONVERT_TYPE
  '72', // CANNOT_PARSE_NUMBER
  '117', // INCORRECT_DATA
  '131', // TOO_LARGE_STRING_SIZE
  '321', // VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE
  '469', // VIOLATED_CONSTRAINT: a CHECK constraint of the table (a server's own) refuses the row
] as const;

/** ClickHouse refused the rows of a write (see {@link REJECTED_DATA_CODES}); retrying them cannot help. */
export class ViewDataRejectedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ViewDataRejectedError';
  }
}

/** Whether an error from @clickhouse/client (a server or the embedded engine) refuses the data. */
export function isRejectedData(err: unknown): boolean {
  const code = (err as { code?: unknown } | undefined)?.code;
  return (typeof code === 'string' || typeof code === 'number') && (REJECTED_DATA_CODES as readonly string[]).includes(String(code));
}

/**
 * Where the view-generator writes its views (the port; {@link ClickHouseViewWriter} is the adapter).
 *
 * `write` inserts every table of the batch and resolves only once ClickHouse acknowledged all of
 * them: the caller commits offsets after that, never before. It is idempotent: writing the same rows
 * again (a retry after a failure part-way, a replayed message, a late fragment repeating spans) never
 * changes what a query returns, because every view deduplicates by (tenant, trace id, span id) or
 * merges idempotently (see migrations.ts). The batch stays the caller's; the writer keeps nothing
 * of it but which operations it wrote (operations.ts), so it skips writing them again.
 * It rejects with {@link ViewDataRejectedError} when ClickHouse refused the rows themselves (some
 * tables may then hold part of the batch; writing the good rows again is harmless), and with any
 * other error when ClickHouse could not be reached or failed otherwise (worth retrying).
 */
export interface ViewWriter {
  write(batch: ViewBatch): Promise<void>;
}

/**
 * Writes view batches into a {@link TraceStore}, table by table, and `operations` from the batch's
 * operations this writer has not written lately (one writer per process: its memory is that of
 * the process; a fresh one writes every operation once more, which the table absorbs).
 */
export class ClickHouseViewWriter implements ViewWriter {
  private readonly operations: WrittenOperations;

  constructor(private readonly store: TraceStore, options: { operations?: WrittenOperations } = {}) {
    this.operations = options.operations ?? new WrittenOperations();
  }

  async write(batch: ViewBatch): Promise<void> {
    const due = this.operations.due(batch.operations());
    const tables = batch.tables();
    if (due.length > 0) {
      const operations: EncodedTable = { table: OPERATIONS_ENCODING.table, columns: OPERATIONS_ENCODING.columns, lines: due.map(OPERATIONS_ENCODING.encode), format: 'TabSeparated' };
      // Before trace_fragments, which stays last (batch.ts).
      const at = tables.findIndex((t) => t.table === TRACE_FRAGMENTS_ENCODING.table);
      tables.splice(at < 0 ? tables.length : at, 0, operations);
    }
    for (const table of tables) {
      try {
        await this.store.insert(table);
      } catch (err) {
        if (isRejectedData(err)) throw new ViewDataRejectedError(`ClickHouse refused rows of ${table.table}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
        throw err;
      }
    }
    this.operations.markWritten(due);
  }
}
