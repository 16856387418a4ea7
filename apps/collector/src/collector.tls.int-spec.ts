// TLS and mTLS on every receiver port of a collector process, with certificates made by openssl for
// the test (libs/testing createTestPki), the real OpenTelemetry JS exporters as clients and the real
// broker: spans sent over TLS reach `otlp-spans`; under mTLS a client without a certificate, or with
// one another CA signed, is refused in the handshake, and the tenant is the client certificate's CN;
// a certificate rotated while exporters keep exporting fails no export, drops no open connection,
// and new connections get the new certificate (a half-written pair first keeps the old one in use).
import { request as httpsRequest, Agent } from 'node:https';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { randomBytes } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import type { Consumer } from 'kafkajs';
import { bytesToHex } from '@tracehouse/identity';
import { OTLP_SPANS, PIPELINE_HEADERS } from '@tracehouse/topics';
import { createTestPki, pollUntil, startScript, testKafka, uniqueName, type TestCertificate, type TestPki, type TestProcess } from '@tracehouse/testing';
import { httpGet, startCollector, type CollectorUnderTest } from './testdata/collector-process';
import type { SdkSpan } from './testdata/otel-client';
import type { StreamResult } from './testdata/otel-stream-client';

const kafka = testKafka('collector-tls');
const topic = uniqueName('otlp-spans-tls');
let pki: TestPki;
let otherPki: TestPki;
let serving: TestCertificate;
let servingMutual: TestCertificate;
let clients: { acme: TestCertificate; globex: TestCertificate; stranger: TestCertificate };
let tlsCollector: CollectorUnderTest;
let mtlsCollector: CollectorUnderTest;
let consumer: Consumer;
/** Tenant header of every span read from the topic, by span id (hex). */
const tenants = new Map<string, string[]>();

const PORTS = ['otlpGrpc', 'otlpHttp', 'jaegerGrpc', 'jaegerHttp', 'zipkin'] as const;

beforeAll(async () => {
  pki = createTestPki();
  otherPki = createTestPki('tracehouse-other-pki-');
  const server = { cn: 'localhost', san: ['DNS:localhost', 'IP:127.0.0.1'], usage: 'server' } as const;
  serving = pki.issue('serving', server);
  servingMutual = pki.issue('serving-mutual', server);
  clients = {
    acme: pki.issue('client-acme', { cn: 'acme', san: ['DNS:acme.tenants.example'], usage: 'client' }),
    globex: pki.issue('client-globex', { cn: 'globex', usage: 'client' }),
    stranger: otherPki.issue('client-stranger', { cn: 'acme', usage: 'client' }),
  };
  const common = { KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '', TOPIC_OTLP_SPANS: topic, KAFKA_TOPIC_PARTITIONS: '3', COLLECTOR_TLS_RELOAD_INTERVAL_MS: '200' };
  [tlsCollector, mtlsCollector] = await Promise.all([
    startCollector({ ...common, COLLECTOR_TLS_CERT_FILE: serving.certFile, COLLECTOR_TLS_KEY_FILE: serving.keyFile }),
    startCollector({
      ...common,
      COLLECTOR_TLS_CERT_FILE: servingMutual.certFile,
      COLLECTOR_TLS_KEY_FILE: servingMutual.keyFile,
      COLLECTOR_TLS_CLIENT_CA_FILE: pki.caFile,
      COLLECTOR_TLS_CLIENT_TENANT_FROM: 'cn',
    }),
  ]);
  consumer = kafka.consumer({ groupId: uniqueName('tls-reader'), maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const tenant = String(message.headers?.[PIPELINE_HEADERS.tenant] ?? '');
      for (const rs of OTLP_SPANS.decode(message.value ?? Buffer.alloc(0)).resource_spans ?? []) {
        for (const ss of rs.scope_spans ?? []) {
          for (const span of ss.spans ?? []) {
            const id = bytesToHex(span.span_id as Uint8Array);
            tenants.set(id, [...(tenants.get(id) ?? []), tenant]);
          }
        }
      }
    },
  });
}, 120_000);

afterAll(async () => {
  await consumer?.disconnect();
  await Promise.all([tlsCollector?.stop(), mtlsCollector?.stop()]);
  pki?.remove();
  otherPki?.remove();
});

/** Waits until every span id is in the topic; returns the tenant each was stored under (one record each). */
async function tenantsOf(spanIds: readonly string[]): Promise<string[]> {
  await pollUntil(`spans ${spanIds.length} spans in ${topic}`, () => spanIds.every((id) => tenants.has(id)), 30_000);
  return spanIds.map((id) => {
    const found = tenants.get(id) ?? [];
    expect(found).toHaveLength(1);
    return found[0];
  });
}

/** Environment of an exporter trusting the test CA (and presenting `client`), as the OTel SDK reads it. */
function exporterEnv(client?: TestCertificate): Record<string, string> {
  return {
    OTEL_EXPORTER_OTLP_CERTIFICATE: pki.caFile,
    // The Zipkin exporter has no TLS variables of its own: Node's trust store is extended instead.
    NODE_EXTRA_CA_CERTS: pki.caFile,
    OTEL_EXPORTER_OTLP_TIMEOUT: '5000',
    ...(client ? { OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE: client.certFile, OTEL_EXPORTER_OTLP_CLIENT_KEY: client.keyFile } : {}),
  };
}

/** Runs testdata/otel-client.ts (SDK + exporter) once; resolves with its spans, or the failure output. */
async function otelTrace(exporter: string, url: string, env: Record<string, string>): Promise<{ code: number | string; spans: SdkSpan[]; output: string }> {
  const child = startScript('apps/collector/src/testdata/otel-client.js', env, [exporter, url, 'tls-checkout']);
  const code = await child.exited;
  const output = child.output();
  return { code, spans: code === 0 ? (JSON.parse(output.trim().split('\n').pop() ?? '[]') as SdkSpan[]) : [], output };
}

const urls = (c: CollectorUnderTest) => ({
  otlpHttp: `https://127.0.0.1:${c.ports.otlpHttp}/v1/traces`,
  otlpGrpc: `https://127.0.0.1:${c.ports.otlpGrpc}`,
  zipkin: `https://127.0.0.1:${c.ports.zipkin}/api/v2/spans`,
});

/** A TLS handshake with a port; resolves with the server certificate's fingerprint, rejects when refused. */
function handshake(port: number, options: { client?: TestCertificate; ca?: string } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket: TLSSocket = tlsConnect({ host: '127.0.0.1', port, servername: 'localhost', ca: options.ca ?? pki.caCert, cert: options.client?.cert, key: options.client?.key, ALPNProtocols: ['h2', 'http/1.1'] }, () => {
      const fingerprint = socket.getPeerCertificate().fingerprint256;
      // Under TLS 1.3 the server judges the client certificate after the client's handshake ends:
      // a refusal arrives as an alert just after. Wait for it (or for nothing) before answering.
      const timer = setTimeout(() => {
        socket.destroy();
        resolve(fingerprint);
      }, 300);
      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      socket.once('close', () => {
        clearTimeout(timer);
        reject(new Error('the server closed the connection after the handshake'));
      });
    });
    socket.once('error', reject);
  });
}

/** An OTLP/JSON body of one span with a new span id. */
function oneSpan(): { spanId: string; body: string } {
  const spanId = randomBytes(8).toString('hex');
  const span = { traceId: randomBytes(16).toString('hex'), spanId, name: 'tls-post', kind: 2, startTimeUnixNano: '1700000000000000000', endTimeUnixNano: '1700000000001000000' };
  return { spanId, body: JSON.stringify({ resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ scope: { name: 't' }, spans: [span] }] }] }) };
}

/** An HTTPS POST of one OTLP/JSON span (its own agent unless given); resolves with the status, rejects on a TLS failure. */
function post(port: number, path: string, options: { agent?: Agent; client?: TestCertificate; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; socket: TLSSocket; fingerprint: string; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      { host: '127.0.0.1', port, path, method: 'POST', servername: 'localhost', agent: options.agent, ca: pki.caCert, cert: options.client?.cert, key: options.client?.key, headers: { 'content-type': 'application/json', ...options.headers } },
      (res) => {
        // Read now: once the body ends, a keep-alive socket goes back to the agent.
        const socket = res.socket as TLSSocket;
        const fingerprint = socket.getPeerCertificate().fingerprint256;
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, socket, fingerprint, reused: req.reusedSocket }));
      },
    );
    req.on('error', reject);
    req.end(options.body ?? '{"resourceSpans":[]}');
  });
}

async function metric(c: CollectorUnderTest, name: string): Promise<number> {
  const { body } = await httpGet(c.ports.admin, '/metrics');
  const line = body.split('\n').find((l) => l.startsWith(`tracehouse_${name}{`) || l.startsWith(`tracehouse_${name} `));
  return line ? Number(line.split(' ').pop()) : NaN;
}

describe('collector receivers over TLS', () => {
  it.each(PORTS)('serves TLS with the configured certificate on the %s port, and no plaintext', async (port) => {
    expect(await handshake(tlsCollector.ports[port])).toBe(serving.fingerprint256);
    const plain = await httpGet(tlsCollector.ports[port], '/');
    expect(plain.status).toBe(0); // no HTTP answer: the port speaks only TLS
  });

  it.each([
    ['@opentelemetry/exporter-trace-otlp-http (JSON)', 'otlp-http-json', 'otlpHttp'],
    ['@opentelemetry/exporter-trace-otlp-proto', 'otlp-http-proto', 'otlpHttp'],
    ['@opentelemetry/exporter-trace-otlp-grpc', 'otlp-grpc', 'otlpGrpc'],
    ['@opentelemetry/exporter-zipkin', 'zipkin', 'zipkin'],
  ] as const)('takes what %s sends over TLS', async (_name, exporter, url) => {
    const run = await otelTrace(exporter, urls(tlsCollector)[url], exporterEnv());
    expect(run.output).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    expect(await tenantsOf(run.spans.map((s) => s.spanId))).toEqual(['default', 'default']);
  });

  it('fails the exporter that does not trust the collector\'s CA', async () => {
    const run = await otelTrace('otlp-http-proto', urls(tlsCollector).otlpHttp, { OTEL_EXPORTER_OTLP_TIMEOUT: '3000', NODE_EXTRA_CA_CERTS: otherPki.caFile, OTEL_EXPORTER_OTLP_CERTIFICATE: otherPki.caFile });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/self.signed|unable to verify|certificate/i);
  });
});

describe('collector receivers over mTLS, the tenant from the client certificate', () => {
  it.each(PORTS)('refuses a handshake without a client certificate, or with one another CA signed, on the %s port', async (port) => {
    const p = mtlsCollector.ports[port];
    await expect(handshake(p)).rejects.toThrow(/certificate required|alert|closed|reset/i);
    await expect(handshake(p, { client: clients.stranger })).rejects.toThrow(/unknown ca|alert|closed|reset/i);
    expect(await handshake(p, { client: clients.acme })).toBe(servingMutual.fingerprint256);
  });

  it.each([
    ['@opentelemetry/exporter-trace-otlp-proto', 'otlp-http-proto', 'otlpHttp'],
    ['@opentelemetry/exporter-trace-otlp-http (JSON)', 'otlp-http-json', 'otlpHttp'],
    ['@opentelemetry/exporter-trace-otlp-grpc', 'otlp-grpc', 'otlpGrpc'],
  ] as const)('stores what %s sends with a client certificate under the tenant of its CN', async (_name, exporter, url) => {
    const acme = await otelTrace(exporter, urls(mtlsCollector)[url], exporterEnv(clients.acme));
    expect(acme.code).toBe(0);
    const globex = await otelTrace(exporter, urls(mtlsCollector)[url], exporterEnv(clients.globex));
    expect(globex.code).toBe(0);
    expect(await tenantsOf(acme.spans.map((s) => s.spanId))).toEqual(['acme', 'acme']);
    expect(await tenantsOf(globex.spans.map((s) => s.spanId))).toEqual(['globex', 'globex']);
  });

  it.each([
    ['otlp-http-proto', 'otlpHttp'],
    ['otlp-grpc', 'otlpGrpc'],
  ] as const)('fails the %s exporter that has no client certificate', async (exporter, url) => {
    const run = await otelTrace(exporter, urls(mtlsCollector)[url], exporterEnv());
    expect(run.code).not.toBe(0);
    // The server's TLS 1.3 alert 116, as the exporter reports it.
    expect(run.output).toMatch(/alert certificate required/);
  });

  it('takes the tenant from the certificate, not from an API key or tenant header the request also carries', async () => {
    const { spanId, body } = oneSpan();
    const res = await post(mtlsCollector.ports.otlpHttp, '/v1/traces', { client: clients.globex, headers: { 'x-api-key': 'whatever', 'x-tenant-id': 'acme' }, body });
    expect(res.status).toBe(200);
    expect(await tenantsOf([spanId])).toEqual(['globex']);
  });

  it('counts the refused handshakes of the HTTP ports in /metrics', async () => {
    const { body } = await httpGet(mtlsCollector.ports.admin, '/metrics');
    expect(body).toMatch(/tracehouse_tls_handshake_failures_total\{[^}]*listener="OTLP\/HTTP"[^}]*\} [1-9]/);
  });
});

describe('certificate rotation', () => {
  it('puts a rotated certificate in service for new connections while exporters keep exporting and open connections stay', async () => {
    const next = pki.issue('serving-next', { cn: 'localhost', san: ['DNS:localhost', 'IP:127.0.0.1'], usage: 'server' });
    const streams: Array<{ name: string; process: TestProcess }> = (['otlp-http-proto', 'otlp-grpc'] as const).map((kind) => ({
      name: kind,
      process: startScript('apps/collector/src/testdata/otel-stream-client.js', exporterEnv(), [kind, kind === 'otlp-grpc' ? urls(tlsCollector).otlpGrpc : urls(tlsCollector).otlpHttp, `stream-${kind}`, '20']),
    }));
    const progress = (p: TestProcess) => Number(/progress (\d+)\s*$/.exec(p.output())?.[1] ?? 0);
    const advance = async (what: string, by: number) => {
      const from = streams.map((s) => progress(s.process));
      await pollUntil(`${by} more exports from each stream (${what})`, () => streams.every((s, i) => {
        if (s.process.child.exitCode !== null) throw new Error(`${s.name} stream exited:\n${s.process.output()}`);
        return progress(s.process) >= from[i] + by;
      }), 30_000);
    };
    try {
      await advance('before the rotation', 20);
      // A keep-alive connection opened before the rotation, to see that it stays open and unchanged.
      const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: pki.caCert });
      const before = await post(tlsCollector.ports.otlpHttp, '/v1/traces', { agent });
      expect(before.status).toBe(200);
      expect(before.fingerprint).toBe(serving.fingerprint256);

      // Half a rotation: the new certificate with the old key. The old pair stays in service.
      const failuresBefore = await metric(tlsCollector, 'tls_certificate_reload_failures_total');
      const tmp = `${serving.certFile}.tmp`;
      writeFileSync(tmp, next.cert);
      renameSync(tmp, serving.certFile);
      await pollUntil('the mismatched pair to be counted as a failed reload', async () => (await metric(tlsCollector, 'tls_certificate_reload_failures_total')) === failuresBefore + 1, 15_000);
      expect(await handshake(tlsCollector.ports.otlpHttp)).toBe(serving.fingerprint256);
      await advance('with a mismatched pair on disk', 10);

      // The rest of the rotation: the key follows.
      pki.rotate(serving, next);
      await pollUntil('new connections to get the rotated certificate on every port', async () => {
        const seen = await Promise.all(PORTS.map((p) => handshake(tlsCollector.ports[p])));
        return seen.every((f) => f === next.fingerprint256);
      }, 15_000);
      expect(await metric(tlsCollector, 'tls_certificate_reloads_total')).toBe(1);

      // The connection opened before is still open, and still the old certificate's.
      const after = await post(tlsCollector.ports.otlpHttp, '/v1/traces', { agent });
      expect(after.status).toBe(200);
      expect(after.reused).toBe(true);
      expect(after.socket).toBe(before.socket);
      expect(after.fingerprint).toBe(serving.fingerprint256);
      agent.destroy();
      await advance('after the rotation', 20);
    } finally {
      await Promise.all(streams.map((s) => s.process.terminate()));
    }
    for (const s of streams) {
      const result = JSON.parse(s.process.output().trim().split('\n').pop() ?? '{}') as StreamResult;
      expect({ stream: s.name, failures: result.failures, errors: result.errors }).toEqual({ stream: s.name, failures: 0, errors: [] });
      expect(result.exports).toBeGreaterThanOrEqual(50);
      expect(await tenantsOf(result.spanIds)).toEqual(result.spanIds.map(() => 'default'));
    }
  });
});
