import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One record of a previous-format fixture: its value bytes, key and headers as the old producer wrote them. */
export interface FixtureRecord {
  readonly key: string | null;
  readonly value: Buffer;
  readonly headers: Record<string, string>;
}

/**
 * The records of `<dir>/<topic>.v<version>.json` (an index of `.bin` value files with their keys and
 * headers), written by the generators in tools/previous-format/ with the stages of an older commit, so
 * tests can feed what an old producer really wrote to the current consumer.
 */
export function previousFormatRecords(dir: string, topic: string, version = 1): FixtureRecord[] {
  const index = JSON.parse(readFileSync(join(dir, `${topic}.v${version}.json`), 'utf8')) as { records: Array<{ file: string; key: string | null; headers: Record<string, string> }> };
  return index.records.map((r) => ({ key: r.key, value: readFileSync(join(dir, r.file)), headers: r.headers }));
}
