// @tracehouse/identity: the one place for ARCHITECTURE.md "Identity" rules used by several stages:
// hex text <-> bytes for trace and span ids, id width and all-zero checks, and the service name of
// a span that names none. A change to one of these rules is made here, once.
export { InvalidHexError, bytesToHex, hexOfRange, hexToBytes, writeHexInto } from './hex';
export {
  HEX_ID_PROBLEMS,
  SPAN_ID_BYTES,
  TRACE_ID_BYTES,
  UNKNOWN_SERVICE,
  isAllZero,
  isAllZeroRange,
  isUnknownService,
  parseHexId,
  spanIdProblem,
  traceIdProblem,
  type HexIdProblem,
} from './ids';
