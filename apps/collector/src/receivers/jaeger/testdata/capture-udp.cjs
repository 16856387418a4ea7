// Re-creates `jaeger-client-node-emitbatch.udp.bin` by running the real jaeger-client 3.19 (npm,
// devDependency) with its UDP sender (agentHost/agentPort: Thrift binary Agent.emitBatch, the
// agent's port 6832 protocol) against a short-lived UDP socket on 127.0.0.1 that records the first
// datagram. Run from the repository root:
//   node apps/collector/src/receivers/jaeger/testdata/capture-udp.cjs
// Ids and timestamps differ on every run; the specs assert on structure, not on fixed ids.
const dgram = require('node:dgram');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { initTracer } = require('jaeger-client');

const socket = dgram.createSocket('udp4');
socket.on('message', (msg) => {
  writeFileSync(join(__dirname, 'jaeger-client-node-emitbatch.udp.bin'), msg);
  console.log(`datagram of ${msg.length} bytes`);
  socket.close();
});

socket.bind(0, '127.0.0.1', () => {
  const { port } = socket.address();
  const logger = { info() {}, error: (m) => console.error(m) };
  const tracer = initTracer(
    {
      serviceName: 'inventory',
      sampler: { type: 'const', param: 1 },
      reporter: { agentHost: '127.0.0.1', agentPort: port, flushIntervalMs: 60000 },
    },
    { tags: { 'deployment.environment': 'test' }, logger },
  );
  const root = tracer.startSpan('GET /stock', { tags: { 'span.kind': 'server', 'http.status_code': 200 } });
  const child = tracer.startSpan('redis GET', { childOf: root, tags: { 'span.kind': 'client', 'peer.port': 6379, hit: false, ratio: 0.25 } });
  child.log({ event: 'cache miss', key: 'sku-42' });
  child.finish();
  root.finish();
  tracer.close();
});
