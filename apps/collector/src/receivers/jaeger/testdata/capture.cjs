// Re-creates `jaeger-client-node-batch.thrift.bin` by running the real jaeger-client 3.19 (npm,
// devDependency) with its HTTP sender against a short-lived HTTP server on 127.0.0.1 that records
// the body of POST /api/traces. Run from the repository root:
//   node apps/collector/src/receivers/jaeger/testdata/capture.cjs
// Ids and timestamps differ on every run; the specs assert on structure, not on fixed ids.
const http = require('node:http');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { initTracer } = require('jaeger-client');
const opentracing = require('opentracing');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    writeFileSync(join(__dirname, 'jaeger-client-node-batch.thrift.bin'), body);
    console.log(`${req.method} ${req.url} ${req.headers['content-type']} ${body.length} bytes`);
    res.writeHead(202).end();
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const logger = { info() {}, error: (m) => console.error(m) };
  const tracer = initTracer(
    {
      serviceName: 'checkout',
      sampler: { type: 'const', param: 1 },
      reporter: { collectorEndpoint: `http://127.0.0.1:${port}/api/traces`, flushIntervalMs: 60000 },
      traceId128bit: true,
    },
    { tags: { 'deployment.environment': 'test', 'build.number': 42 }, logger },
  );
  const root = tracer.startSpan('POST /checkout', { tags: { 'span.kind': 'server', 'http.method': 'POST', 'http.status_code': 200 } });
  const child = tracer.startSpan('SELECT orders', { childOf: root, tags: { 'span.kind': 'client', 'db.system': 'postgresql', 'peer.port': 5432, ratio: 0.5 } });
  child.setTag('error', true);
  child.log({ event: 'error', message: 'connection reset', 'error.kind': 'ECONNRESET' });
  child.finish();
  const follower = tracer.startSpan('send receipt', { references: [opentracing.followsFrom(root.context())], tags: { 'span.kind': 'producer' } });
  follower.finish();
  root.finish();
  tracer.close(() => server.close());
});
