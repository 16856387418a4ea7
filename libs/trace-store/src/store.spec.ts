import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLines } from './store';

describe('writeLines (the staged file the embedded engine inserts from)', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'tracehouse-write-lines-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** The file writeLines makes, against the lines joined as one string would be written. */
  function written(lines: string[], chunkBytes?: number): { file: Buffer; expected: Buffer } {
    const file = join(folder, 'batch.tsv');
    writeLines(file, lines, chunkBytes);
    return { file: readFileSync(file), expected: Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8') };
  }

  it('writes every line with its newline, byte for byte as the joined lines in UTF-8', () => {
    const lines = ['tenant\tabc\t{\'k\':\'v\'}', '', 'plain', 'é ü ß', '日本語のスパン', 'emoji 🚀 and \\t escapes', 'last'];
    const { file, expected } = written(lines);
    expect(file.equals(expected)).toBe(true);
  });

  it('carries lines across chunk boundaries, and a line larger than a chunk, whatever their characters', () => {
    const lines: string[] = [];
    for (let i = 0; i < 500; i++) lines.push(`${i}\t${'x'.repeat(i % 37)}\t${'é'.repeat(i % 5)}\t${i % 7 === 0 ? '🚀' : ''}`);
    lines.splice(250, 0, `big\t${'ü'.repeat(400)}\t${'🚀'.repeat(50)}`);
    const { file, expected } = written(lines, 256);
    expect(file.length).toBe(expected.length);
    expect(file.equals(expected)).toBe(true);
  });

  it('writes an empty file for no lines', () => {
    expect(written([], 64).file.length).toBe(0);
  });
});
