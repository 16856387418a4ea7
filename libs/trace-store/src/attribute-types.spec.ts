import type { AttributeValue } from '@tracehouse/model';
import { attributeToString, attributeType, AttributeTypeError, tsvAttributes, typedAttributes, typedValue } from './attribute-types';

/** What a map reads back as from its two stored maps (null prototype, as ClickHouse's JSON and document.ts give them). */
function roundTrip(map: Record<string, AttributeValue>): Record<string, AttributeValue> {
  const strings = Object.create(null) as Record<string, string>;
  const types = Object.create(null) as Record<string, string>;
  for (const key of Object.keys(map)) {
    const value = map[key] as AttributeValue;
    strings[key] = attributeToString(value);
    const type = attributeType(value);
    if (type !== undefined) types[key] = type;
  }
  return typedAttributes(strings, types);
}

describe('attribute types', () => {
  const bytes = new Uint8Array([0, 1, 127, 128, 255]);

  it('read back every OTLP type exactly: int64 as bigint, double, bool, bytes, arrays and maps nested', () => {
    const map: Record<string, AttributeValue> = {
      s: 'plain',
      empty: '',
      looksLikeInt: '200',
      i: 200n,
      big: 9_223_372_036_854_775_807n,
      neg: -9_223_372_036_854_775_808n,
      d: 0.1,
      whole: 200,
      nan: Number.NaN,
      inf: Number.NEGATIVE_INFINITY,
      t: true,
      f: false,
      y: bytes,
      a: ['x', 1n, 1.5, false, bytes, ['nested'], { k: 2n }],
      m: { int: 1n, str: 'v', list: [true], inner: { deep: 0.25 } },
      emptyList: [],
      emptyMap: {},
    };
    expect(roundTrip(map)).toEqual(map);
  });

  it('store only the types of values that are not strings', () => {
    expect(tsvAttributes({ a: 'x', b: 'y' })).toEqual(["{'a':'x','b':'y'}", '{}']);
    expect(tsvAttributes({ code: 200n, ok: true, r: 0.5, y: new Uint8Array([255]), s: 'x' })).toEqual([
      "{'code':'200','ok':'true','r':'0.5','y':'/w==','s':'x'}",
      "{'code':'int','ok':'bool','r':'double','y':'bytes'}",
    ]);
    // Arrays and maps: the string form is JSON (as searches always saw it), the type tagged JSON.
    expect(tsvAttributes({ l: [1n, 'a'] })).toEqual([`{'l':'["1","a"]'}`, `{'l':'{"a":[{"i":"1"},{"s":"a"}]}'}`]);
  });

  it('keep a __proto__ key an ordinary key, at the top and inside a map', () => {
    const map = Object.create(null) as Record<string, AttributeValue>;
    map['__proto__'] = 5n;
    const inner = JSON.parse('{"__proto__": 1}') as Record<string, AttributeValue>;
    inner['__proto__'] = 1n;
    map.m = inner;
    const back = roundTrip(map);
    expect(Object.keys(back)).toEqual(['__proto__', 'm']);
    expect(back['__proto__']).toBe(5n);
    expect(Object.keys(back.m as object)).toEqual(['__proto__']);
  });

  it('read rows without types (written before schema version 5) as the strings they were', () => {
    expect(typedAttributes({ 'http.status_code': '200', ok: 'true' }, undefined)).toEqual({ 'http.status_code': '200', ok: 'true' });
    expect(typedAttributes({ 'http.status_code': '200' }, {})).toEqual({ 'http.status_code': '200' });
  });

  it('name the attribute when a stored type cannot be read', () => {
    expect(() => typedValue('k', 'x', 'complex128')).toThrow(new AttributeTypeError('attribute "k" has a stored type this build cannot read: "complex128"'));
    expect(() => typedValue('k', 'x', '{"q":1}')).toThrow(AttributeTypeError);
    // An int whose string form is not an integer (never written so) stays the string.
    expect(typedValue('k', 'abc', 'int')).toBe('abc');
  });
});
