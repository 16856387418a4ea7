// Id checks and the service-name rule (ids.ts): the same answers for every stage that asks.
import { SPAN_ID_BYTES, TRACE_ID_BYTES, UNKNOWN_SERVICE, hexToBytes, isAllZero, isAllZeroRange, isUnknownService, spanIdProblem, traceIdProblem } from './index';

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
