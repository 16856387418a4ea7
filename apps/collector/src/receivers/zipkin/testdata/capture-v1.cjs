// Re-creates `zipkin-js-v1-client-and-server.json` by running the real zipkin-js client (npm
// `zipkin` + `zipkin-transport-http`, devDependencies) with `jsonEncoder.JSON_V1` against a
// short-lived HTTP server on 127.0.0.1 that records the bodies of POST /api/v1/spans: a client
// (`frontend`) and the server (`backend`) that joined its span id, each with its own recorder as
// two processes would have. Run from the repository root:
//   node apps/collector/src/receivers/zipkin/testdata/capture-v1.cjs
// Ids and timestamps differ on every run; the specs assert on structure, not on fixed ids.
const http = require('node:http');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Tracer, BatchRecorder, ExplicitContext, jsonEncoder, Annotation, InetAddress } = require('zipkin');
const { HttpLogger } = require('zipkin-transport-http');

const bodies = [];
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    bodies.push({ path: req.url, contentType: req.headers['content-type'], body: Buffer.concat(chunks) });
    res.writeHead(202).end();
  });
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const tracerFor = (serviceName) => {
    const logger = new HttpLogger({ endpoint: `http://127.0.0.1:${port}/api/v1/spans`, jsonEncoder: jsonEncoder.JSON_V1, httpInterval: 50 });
    return new Tracer({ ctxImpl: new ExplicitContext(), recorder: new BatchRecorder({ logger }), localServiceName: serviceName, traceId128Bit: true });
  };
  const frontend = tracerFor('frontend');
  const backend = tracerFor('backend');
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
  const spans = bodies.flatMap((b) => JSON.parse(b.body.toString('utf8')));
  for (const b of bodies) console.log(`${b.path} ${b.contentType} ${b.body.length} bytes`);
  writeFileSync(join(__dirname, 'zipkin-js-v1-client-and-server.json'), JSON.stringify(spans, null, 2) + '\n');
});
