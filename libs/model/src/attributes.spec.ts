import { attrBool, attrInt, attrString, setAttribute, type Attributes } from './attributes';

const attrs: Attributes = {
  'http.request.method': 'GET',
  'http.method': 'POST',
  'http.status_code': '503',
  'http.response.status_code': 200n,
  'server.port': 8080,
  'net.peer.port': '+443',
  'app.float': 2.5,
  'app.huge': 2n ** 60n,
  'app.bool': true,
  'app.bool_str': 'FALSE',
  'app.empty': '',
  'app.bytes': new Uint8Array([1]),
  'app.list': ['a'],
  'app.big_str': '9007199254740993',
  'app.hex': '0x10',
};

describe('attrString', () => {
  it('returns the first key present, in priority order', () => {
    expect(attrString(attrs, 'http.request.method', 'http.method')).toBe('GET');
    expect(attrString(attrs, 'missing', 'http.method')).toBe('POST');
    expect(attrString(attrs, 'missing')).toBeUndefined();
    expect(attrString(undefined, 'http.method')).toBeUndefined();
  });

  it('converts numbers, bigints and booleans, and skips empty strings, bytes and lists', () => {
    expect(attrString(attrs, 'http.response.status_code')).toBe('200');
    expect(attrString(attrs, 'app.float')).toBe('2.5');
    expect(attrString(attrs, 'app.bool')).toBe('true');
    expect(attrString(attrs, 'app.empty', 'app.bytes', 'app.list', 'http.method')).toBe('POST');
  });

  it('does not read what a plain object inherits', () => {
    expect(attrString({}, 'constructor', 'toString', '__proto__')).toBeUndefined();
    expect(attrInt({}, 'constructor', '__proto__')).toBeUndefined();
    expect(attrBool({}, 'valueOf')).toBeUndefined();
  });
});

describe('attrInt', () => {
  it('accepts bigint, integral numbers and numeric strings, in priority order', () => {
    expect(attrInt(attrs, 'http.response.status_code', 'http.status_code')).toBe(200);
    expect(attrInt(attrs, 'missing', 'http.status_code')).toBe(503);
    expect(attrInt(attrs, 'server.port')).toBe(8080);
    expect(attrInt(attrs, 'net.peer.port')).toBe(443);
    expect(attrInt({ n: '-12' }, 'n')).toBe(-12);
  });

  it('skips what is not a safe integer', () => {
    expect(attrInt(attrs, 'app.float')).toBeUndefined();
    expect(attrInt(attrs, 'app.huge')).toBeUndefined();
    expect(attrInt(attrs, 'app.big_str')).toBeUndefined();
    expect(attrInt(attrs, 'app.hex', 'app.empty', 'app.bool', 'server.port')).toBe(8080);
    expect(attrInt({ a: '-', b: ' 1', c: '1e3' }, 'a', 'b', 'c')).toBeUndefined();
  });
});

describe('attrBool', () => {
  it('accepts booleans and true/false strings in any case', () => {
    expect(attrBool(attrs, 'app.bool')).toBe(true);
    expect(attrBool(attrs, 'app.bool_str')).toBe(false);
    expect(attrBool(attrs, 'http.method', 'app.bool_str')).toBe(false);
    expect(attrBool(attrs, 'server.port')).toBeUndefined();
  });
});

describe('setAttribute', () => {
  it('stores __proto__ as an own attribute without touching the prototype', () => {
    const a: Attributes = {};
    setAttribute(a, '__proto__', 'x');
    setAttribute(a, 'k', 1n);
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(Object.keys(a)).toEqual(['__proto__', 'k']);
    expect(attrString(a, '__proto__')).toBe('x');
  });
});
