import { canonicalKey, formatFloatF, goJson, jaegerKeyValue, valueString, warningLines } from './values';

describe('formatFloatF (Go strconv.FormatFloat(d, f, -1, 64), how Zipkin tags write doubles)', () => {
  it.each([
    [0.25, '0.25'],
    [3, '3'],
    [-1.5, '-1.5'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2e-7, '-0.0000002'],
    [NaN, 'NaN'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
  ])('writes %p as %p', (d, text) => {
    expect(formatFloatF(d)).toBe(text);
  });
});

describe('goJson (Go encoding/json of pcommon AsRaw)', () => {
  it('sorts map keys, keeps int64 exact, writes bytes base64 and non-finite doubles as strings', () => {
    expect(goJson({ b: [1n, 2.5, 'x', true], a: new Uint8Array([1, 2]), big: -9_223_372_036_854_775_808n, nan: NaN })).toBe(
      '{"a":"AQI=","b":[1,2.5,"x",true],"big":-9223372036854775808,"nan":"NaN"}',
    );
  });
});

describe('valueString and jaegerKeyValue', () => {
  it('write non-finite doubles and int64 at the edges of the safe range', () => {
    expect(valueString(1e21)).toBe('1000000000000000000000');
    expect(jaegerKeyValue('k', NaN)).toEqual({ key: 'k', type: 'float64', value: 'NaN' });
    expect(jaegerKeyValue('k', 9_007_199_254_740_991n)).toEqual({ key: 'k', type: 'int64', value: 9_007_199_254_740_991 });
    expect(jaegerKeyValue('k', -9_007_199_254_740_992n)).toEqual({ key: 'k', type: 'int64', value: '-9007199254740992' });
    expect(jaegerKeyValue('k', [])).toEqual({ key: 'k', type: 'string', value: '[]' });
  });
});

describe('canonicalKey', () => {
  it('tells typed values apart and ignores key order', () => {
    expect(canonicalKey({ a: 1n, b: 'x' })).toBe(canonicalKey({ b: 'x', a: 1n }));
    expect(new Set([canonicalKey({ a: 1n }), canonicalKey({ a: 1 }), canonicalKey({ a: '1' }), canonicalKey({ a: true }), canonicalKey({ a: 'true' })]).size).toBe(5);
  });
});

describe('warningLines', () => {
  it('reads an earlier tracehouse.warnings value as an array or as newline-separated lines', () => {
    expect(warningLines(['a', 1n])).toEqual(['a', '1']);
    expect(warningLines('a\nb')).toEqual(['a', 'b']);
    expect(warningLines('')).toEqual([]);
    expect(warningLines(undefined)).toEqual([]);
  });
});
