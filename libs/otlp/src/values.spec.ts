import Long from 'long';
import { anyValue, attributes } from './values';

describe('anyValue', () => {
  it('reads the case a decoded value names, even when a field of another case is set beside it', () => {
    // What a protobuf message repeating the oneof decodes to with plain generated oneofs: the last case wins.
    expect(anyValue({ value: 'int_value', string_value: 'earlier', int_value: Long.fromNumber(7) })).toBe(7n);
    expect(anyValue({ string_value: 'hand-built' })).toBe('hand-built');
  });
});

describe('attributes', () => {
  it('reads key-values, leaving out a key without a value, and keeps __proto__ as a plain key', () => {
    const attrs = attributes([{ key: 'a', value: { value: 'bool_value', bool_value: false } }, { key: 'empty', value: {} }, { key: '__proto__', value: { string_value: 'x' } }]);
    expect(Object.keys(attrs)).toEqual(['a', '__proto__']);
    expect(attrs.a).toBe(false);
    expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype);
  });
});
