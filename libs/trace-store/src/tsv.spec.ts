import { tsvDateTime64, tsvDateTime64Ms, tsvMap, tsvNullableInt, tsvQuoted, tsvString, tsvStringArray } from './tsv';

describe('TSV encoding', () => {
  it('escapes what would end a field or a row, and nothing else', () => {
    expect(tsvString('plain /path?q=1')).toBe('plain /path?q=1');
    expect(tsvString('a\tb\nc\\d\re\0f')).toBe('a\\tb\\nc\\\\d\\re\\0f');
    expect(tsvString("it's")).toBe("it's");
  });

  it('escapes the same characters in short values (checked by a loop) as in long ones (by a regular expression)', () => {
    const escaped: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '\\0' };
    for (const pad of ['', 'x'.repeat(30), 'y'.repeat(100)]) {
      for (const [c, e] of Object.entries(escaped)) {
        expect(tsvString(`${pad}${c}`)).toBe(`${pad}${e}`);
        expect(tsvString(`${c}${pad}`)).toBe(`${e}${pad}`);
        expect(tsvQuoted(`${pad}${c}'`)).toBe(`'${pad}${e}\\''`);
      }
      // Other control characters and non-ASCII text pass as they are.
      expect(tsvString(`${pad}\u0001\u000b\u000c é ☃`)).toBe(`${pad}\u0001\u000b\u000c é ☃`);
      expect(tsvQuoted(`${pad}'`)).toBe(`'${pad}\\''`);
    }
  });

  it('quotes strings inside complex values', () => {
    expect(tsvQuoted("it's a \\ \t")).toBe("'it\\'s a \\\\ \\t'");
    expect(tsvStringArray(['a', "b'c"])).toBe("['a','b\\'c']");
    expect(tsvMap({ 'k:1': 'v,{}', "q'": '' })).toBe("{'k:1':'v,{}','q\\'':''}");
  });

  it('keeps a __proto__ key of a null-prototype map', () => {
    const m = Object.create(null) as Record<string, string>;
    m['__proto__'] = 'x';
    expect(tsvMap(m)).toBe("{'__proto__':'x'}");
  });

  it('writes nanosecond times exactly as seconds.nanoseconds', () => {
    expect(tsvDateTime64(1_736_942_400_123_456_789n)).toBe('1736942400.123456789');
    // Seconds padded to 9 digits: ClickHouse reads a shorter number as the start of a date.
    expect(tsvDateTime64(5n)).toBe('000000000.000000005');
    expect(tsvDateTime64(0n)).toBe('000000000.000000000');
    expect(tsvDateTime64(1_000n)).toBe('000000000.000001000');
    expect(tsvDateTime64(1_000_000_000n)).toBe('000000001.000000000');
    expect(tsvDateTime64(999_999_999n)).toBe('000000000.999999999');
    expect(tsvDateTime64(123_456_789_000_000_000n)).toBe('123456789.000000000');
    expect(tsvDateTime64(2n ** 63n - 1n)).toBe('9223372036.854775807');
    expect(() => tsvDateTime64(-1n)).toThrow(RangeError);
    expect(() => tsvDateTime64(2n ** 63n)).toThrow(RangeError);
    expect(tsvDateTime64Ms(0)).toBe('000000000.000');
    expect(tsvDateTime64Ms(1_736_942_400_007)).toBe('1736942400.007');
  });

  it('writes an unknown integer as NULL', () => {
    expect(tsvNullableInt(undefined)).toBe('\\N');
    expect(tsvNullableInt(0)).toBe('0');
  });
});
