// Captures the /v1/logs bodies the e2e logs client (tools/e2e/src/testdata/otel-logs-client.ts, the
// OpenTelemetry JS logs SDK) sends through its JSON and protobuf exporters, into the folder given:
//   npm run build && node apps/collector/src/receivers/otlp-logs/testdata/capture.cjs apps/collector/src/receivers/otlp-logs/testdata
const http = require('node:http');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const fs = require('node:fs');
const out = process.argv[2];
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    if (req.url === '/v1/logs') {
      const kind = (req.headers['content-type'] || '').includes('json') ? 'json' : 'bin';
      fs.writeFileSync(`${out}/otel-js-sdk-logs-in-spans.${kind === 'json' ? 'json' : 'pb.bin'}`, body);
    }
    res.writeHead(200, { 'content-type': req.headers['content-type'] });
    res.end(req.headers['content-type'].includes('json') ? '{}' : Buffer.alloc(0));
  });
});
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}`;
  for (const kind of ['otlp-http-json', 'otlp-http-proto']) {
    const r = await promisify(execFile)(process.execPath, ['dist/tools/e2e/src/testdata/otel-logs-client.js', kind, url, 'checkout', 'tok0capture']);
    console.log(r.stdout.trim());
  }
  server.close();
});
