import Long from 'long';
import { decodeTracesData } from '@tracehouse/otlp';
import { attributes, int64, uint64 } from './otlp-translate';
import { keyValues } from '../testdata/otlp-fixtures';

describe('OTLP translation', () => {
  it.each([
    ['zero', Long.fromNumber(0, true), 0n],
    ['beyond 2^53', Long.fromString('1700000000123456789', true), 1_700_000_000_123_456_789n],
    ['the largest fixed64', Long.fromString('18446744073709551615', true), 18_446_744_073_709_551_615n],
    ['a plain number', 12345, 12345n],
    ['absent', undefined, 0n],
  ])('uint64: %s', (_d, value, expected) => {
    expect(uint64(value)).toBe(expected);
  });

  it.each([
    ['small positive', Long.fromNumber(42), 42n],
    ['negative', Long.fromNumber(-42), -42n],
    ['int64 min', Long.fromString('-9223372036854775808'), -9_223_372_036_854_775_808n],
    ['int64 max', Long.fromString('9223372036854775807'), 9_223_372_036_854_775_807n],
  ])('int64: %s', (_d, value, expected) => {
    expect(int64(value)).toBe(expected);
  });

  it('translates every AnyValue kind, nested arrays and maps included', () => {
    const bytes = new Uint8Array([0, 255]);
    expect(attributes(keyValues({ s: 'x', b: true, i: -7n, d: 0.5, bytes, list: ['a', 1n, [false]], map: { inner: { deep: 2n } } }))).toEqual({
      s: 'x',
      b: true,
      i: -7n,
      d: 0.5,
      bytes,
      list: ['a', 1n, [false]],
      map: { inner: { deep: 2n } },
    });
  });

  it('leaves out empty values and empty keys, and stores a __proto__ key as an attribute', () => {
    const attrs = attributes([{ key: 'empty', value: {} }, { key: '', value: { string_value: 'x' } }, { key: '__proto__', value: { string_value: 'evil' } }]);
    expect(Object.keys(attrs)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype);
    expect(attrs['__proto__']).toBe('evil');
  });

  it('reads the oneof case last on the wire when an AnyValue repeats its oneof, as protobuf keeps it', () => {
    // A field of tag `no` and wire type LEN around `body` (every length here is under 128).
    const len = (no: number, body: number[]): number[] => [(no << 3) | 2, body.length, ...body];
    const str = (text: string): number[] => [...Buffer.from(text)];
    const keyValue = (key: string, anyValue: number[]): number[] => [...len(1, str(key)), ...len(2, anyValue)];
    // string_value "a" (field 1), then int_value 7 (field 3); then the reverse order.
    const stringThenInt = [...len(1, str('a')), 3 << 3, 7];
    const intThenString = [3 << 3, 7, ...len(1, str('b'))];
    const span = [...len(1, Array(16).fill(1)), ...len(2, Array(8).fill(2)), ...len(9, keyValue('k1', stringThenInt)), ...len(9, keyValue('k2', intThenString))];
    const data = decodeTracesData(Uint8Array.from(len(1, len(2, len(2, span)))));

    const attrs = attributes(data.resource_spans?.[0]?.scope_spans?.[0]?.spans?.[0]?.attributes);

    expect(attrs).toEqual({ k1: 7n, k2: 'b' });
  });
});
