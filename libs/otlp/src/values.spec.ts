import Long from 'long';
import { anyValue, attributes } from './values';
import { opentelemetry } from './generated/otlp';

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

describe('generated AnyValue encoder', () => {
  it('writes only the case a decoded value names, so a repeated oneof re-encodes as protobuf read it', () => {
    const AnyValuePb = opentelemetry.proto.common.v1.AnyValue;
    // int_value 7 (field 3), then string_value "b" (field 1): protobuf keeps the last, the string.
    const decoded = AnyValuePb.decode(Uint8Array.from([3 << 3, 7, (1 << 3) | 2, 1, 0x62]));
    expect(anyValue(decoded)).toBe('b');
    const again = AnyValuePb.decode(AnyValuePb.encode(decoded).finish());
    expect(anyValue(again)).toBe('b');
    expect(again.int_value).toBeNull();
    // A value built by hand (no case named) still encodes the field it sets.
    expect(anyValue(AnyValuePb.decode(AnyValuePb.encode({ int_value: 5 }).finish()))).toBe(5n);
  });
});
