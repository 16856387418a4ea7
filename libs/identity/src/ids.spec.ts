// Id checks and the service-name rule (ids.ts): the same answers for every stage that asks.
import { SPAN_ID_BYTES, TRACE_ID_BYTES, UNKNOWN_SERVICE, hexToBytes, isAllZero, isAllZeroRange, isUnknownService, parseHexId, spanIdProblem, traceIdProblem } from './index';

describe('traceIdProblem / spanIdProblem', () => {
  it('accept ids of their width that are not all zero', () => {
    expect(traceIdProblem(hexToBytes('4bf92f3577b34da6a3ce929d0e0e4736'))).toBeUndefined();
    expect(spanIdProblem(hexToBytes('00f067aa0ba902b7'))).toBeUndefined();
    // One non-zero byte anywhere is enough.
    expect(traceIdProblem(hexToBytes(`${'0'.repeat(31)}1`))).toBeUndefined();
    expect(spanIdProblem(hexToBytes(`1${'0'.repeat(15)}`))).toBeUndefined();
  });

  it.each([
    [undefined, 'trace id is missing', 'span id is missing'],
    [new Uint8Array(0), 'trace id is missing', 'span id is missing'],
    [new Uint8Array(16), 'trace id is all zeros', 'span id has 16 bytes, expected 8'],
    [new Uint8Array(8), 'trace id has 8 bytes, expected 16', 'span id is all zeros'],
    [Uint8Array.of(1, 2, 3), 'trace id has 3 bytes, expected 16', 'span id has 3 bytes, expected 8'],
    [new Uint8Array(17).fill(1), 'trace id has 17 bytes, expected 16', 'span id has 17 bytes, expected 8'],
  ])('name what is wrong with %p', (id, trace, span) => {
    expect(traceIdProblem(id)).toBe(trace);
    expect(spanIdProblem(id)).toBe(span);
  });

  it('state the widths of ARCHITECTURE.md "Identity"', () => {
    expect([TRACE_ID_BYTES, SPAN_ID_BYTES]).toEqual([16, 8]);
  });
});

describe('isAllZero / isAllZeroRange', () => {
  it('tell zero ids from others', () => {
    expect(isAllZero(new Uint8Array(16))).toBe(true);
    expect(isAllZero(Uint8Array.of(0, 0, 0, 1))).toBe(false);
    expect(isAllZero(new Uint8Array(0))).toBe(true);
  });

  it('look only inside [start, end)', () => {
    const buf = Uint8Array.of(9, 0, 0, 0, 9);
    expect(isAllZeroRange(buf, 1, 4)).toBe(true);
    expect(isAllZeroRange(buf, 0, 4)).toBe(false);
    expect(isAllZeroRange(buf, 1, 5)).toBe(false);
  });
});

describe('UNKNOWN_SERVICE / isUnknownService', () => {
  it("is OpenTelemetry's default service name", () => {
    expect(UNKNOWN_SERVICE).toBe('unknown_service');
  });

  it.each([
    ['', true],
    ['unknown_service', true],
    ['unknown_service:java', true],
    ['unknown_services', false],
    ['checkout', false],
    ['Unknown_Service', false],
  ])('%j says "no service": %p', (name, expected) => {
    expect(isUnknownService(name)).toBe(expected);
  });
});

describe('parseHexId (ids written as text by senders and users)', () => {
  it.each([
    ['4bf92f3577b34da6a3ce929d0e0e4736', 16, '4bf92f3577b34da6a3ce929d0e0e4736'],
    ['4BF92F3577B34DA6A3CE929D0E0E4736', 16, '4bf92f3577b34da6a3ce929d0e0e4736'],
    // A 64-bit Zipkin/Jaeger trace id becomes the low half of 16 bytes.
    ['a3ce929d0e0e4736', 16, '0000000000000000a3ce929d0e0e4736'],
    // Zipkin allows "id": "2"; odd lengths are fine once padded.
    ['2', 8, '0000000000000002'],
    ['abc', 8, '0000000000000abc'],
  ])('reads %j (%p bytes) as %j', (text, bytes, id) => {
    expect(parseHexId(text, bytes)).toEqual({ id });
  });

  it.each([
    ['', 16, 'empty'],
    ['4bf92f3577b34da6a3ce929d0e0e47360', 16, 'too_long'],
    ['00f067aa0ba902b70', 8, 'too_long'],
    ['xyz', 16, 'not_hex'],
    ['0x12', 8, 'not_hex'],
    ['12 3', 8, 'not_hex'],
    ['\u0010', 8, 'not_hex'], // 0x10 | 0x20 would be '0': no case folding by bit tricks
    ['é', 8, 'not_hex'],
    ['0', 8, 'all_zeros'],
    ['0'.repeat(32), 16, 'all_zeros'],
  ])('names what is wrong with %j (%p bytes): %s', (text, bytes, problem) => {
    expect(parseHexId(text, bytes)).toEqual({ problem });
  });
});
