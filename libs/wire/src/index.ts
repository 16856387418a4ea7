// @tracehouse/wire: the protobuf wire format (https://protobuf.dev/programming-guides/encoding/),
// written once for every codec of the workspace. Two ways in, for two jobs:
// - WireReader / WireWriter: a cursor that reads and writes values, for codecs that decode into
//   or encode from domain objects (libs/model);
// - readField / writeVarint: a field scanner that finds where each field starts and ends without
//   decoding it, for code that routes or splices bytes (the OTLP splitter, span counting).
// Both throw WireError on malformed bytes; each codec wraps it in its own error type.
export { WireError } from './errors';
export { WireReader } from './reader';
export { WireWriter } from './writer';
export { WireType, readField, readVarint, varintSize, wireField, writeVarint, type WireField, type Where } from './fields';
