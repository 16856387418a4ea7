// Re-creates the Zipkin wire captures in this folder by running the real zipkin-js client
// (npm `zipkin` + `zipkin-transport-http`, devDependencies) against a short-lived HTTP server on
// 127.0.0.1 that records each request body. Run from the repository root:
//   node apps/collector/src/receivers/zipkin/testdata/capture.cjs
// Ids and timestamps differ on every run; the specs assert on structure, not on fixed ids.
const http = require('node:http');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Tracer, BatchRecorder, ExplicitContext, jsonEncoder, Annotation, InetAddress } = require('zipkin');
const { HttpLogger } = require('zipkin-transport-http');
const protobuf = require('protobufjs');

const bodies = [];
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    bodies.push({ path: req.url, contentType: req.headers['content-type'], body: Buffer.concat(chunks) });
    res.writeHead(202).end();
  });
});

function tracerFor(port, serviceName) {
  const logger = new HttpLogger({ endpoint: `http://127.0.0.1:${port}/api/v2/spans`, jsonEncoder: jsonEncoder.JSON_V2, httpInterval: 50 });
  return new Tracer({ ctxImpl: new ExplicitContext(), recorder: new BatchRecorder({ logger }), localServiceName: serviceName, traceId128Bit: true });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const frontend = tracerFor(port, 'frontend');
  const backend = tracerFor(port, 'backend');
  let clientId;
  frontend.scoped(() => {
    clientId = frontend.createRootId();
    frontend.setId(clientId);
    frontend.recordServiceName('frontend');
    frontend.recordRpc('get /api/orders');
    frontend.recordAnnotation(new Annotation.ClientSend());
    frontend.recordBinary('http.path', '/api/orders');
    frontend.recordAnnotation(new Annotation.ServerAddr({ serviceName: 'backend', host: new InetAddress('10.0.0.2'), port: 8080 }));
  });
  // The backend joins the client's span id: zipkin-js marks that server half `shared: true`.
  backend.scoped(() => {
    const joined = backend.join(clientId);
    backend.setId(joined);
    backend.recordServiceName('backend');
    backend.recordRpc('get /api/orders');
    backend.recordAnnotation(new Annotation.ServerRecv());
    backend.recordAnnotation(new Annotation.ClientAddr({ host: new InetAddress('10.0.0.1'), port: 51234 }));
    backend.recordMessage('cache miss');
    backend.recordBinary('error', 'database timeout');
    backend.recordAnnotation(new Annotation.ServerSend());
  });
  frontend.scoped(() => {
    frontend.setId(clientId);
    frontend.recordAnnotation(new Annotation.ClientRecv());
  });
  await new Promise((r) => setTimeout(r, 500));
  server.close();
  const spans = [];
  for (const b of bodies) {
    const [span] = JSON.parse(b.body.toString('utf8'));
    const name = `zipkin-js-${span.kind.toLowerCase()}-span.json`;
    writeFileSync(join(__dirname, name), b.body);
    console.log(`${name}: ${b.path} ${b.contentType} ${b.body.length} bytes`);
    spans.push(span);
  }
  // zipkin-js has no proto3 encoder: encode the same two captured spans with protobufjs and the
  // receiver's zipkin.proto, as Brave's proto3 encoder would send them.
  const root = new protobuf.Root().loadSync(join(__dirname, '..', 'zipkin.proto'), { keepCase: true });
  const ListOfSpans = root.lookupType('zipkin.proto3.ListOfSpans');
  const hex = (h) => Buffer.from(h, 'hex');
  const endpoint = (e) => e && { service_name: e.serviceName, ipv4: e.ipv4 ? Buffer.from(e.ipv4.split('.').map(Number)) : undefined, port: e.port };
  const message = ListOfSpans.fromObject({
    spans: spans.map((s) => ({
      trace_id: hex(s.traceId), id: hex(s.id), parent_id: s.parentId ? hex(s.parentId) : undefined, kind: s.kind, name: s.name,
      timestamp: String(s.timestamp), duration: String(s.duration), local_endpoint: endpoint(s.localEndpoint), remote_endpoint: endpoint(s.remoteEndpoint),
      annotations: s.annotations, tags: s.tags, shared: s.shared,
    })),
  });
  writeFileSync(join(__dirname, 'client-and-shared-server.proto3.bin'), ListOfSpans.encode(message).finish());
});
