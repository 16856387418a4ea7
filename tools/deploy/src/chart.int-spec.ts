import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_ADMIN_PORTS, DEFAULT_PORTS, type ServiceName } from '@tracehouse/config';
import { entityReadConfigSchema, queryApiEmbedded, type QueryEmbeddedMode } from '@tracehouse/query-api';
import { startScript, testKafka, uniqueName } from '@tracehouse/testing';
import { createTopicsConfigSchema } from './create-topics.config';
import { CHART_DIR, ROOT, allAppVariables, appNames, appVariables, envContractProblems, ensureTools, kubernetesSchemaErrors, parseManifests, runTool, schemaVariables, type Manifest } from './deploy-files';

// Static checks of the chart (no cluster here): helm lint, helm template for several value sets,
// every object validated against the Kubernetes schemas, and what each object must say.

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; fieldRef?: { fieldPath: string } };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  env: EnvVar[];
  ports?: Array<{ name: string; containerPort: number }>;
  livenessProbe?: { httpGet: { path: string; port: string } };
  readinessProbe?: { httpGet: { path: string; port: string } };
  startupProbe?: { httpGet: { path: string; port: string } };
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
}

const VALUE_SETS: Record<string, string[]> = {
  default: [],
  minimal: ['-f', 'helm/examples/minimal.yaml'],
  production: ['-f', 'helm/examples/production.yaml'],
  'multi-tenant': ['-f', 'helm/examples/multi-tenant.yaml'],
  tls: ['-f', 'helm/examples/tls.yaml'],
};
const CONSUMING: Record<string, { key: string; input: string }> = {
  'span-normalizer': { key: 'spanNormalizer', input: 'otlp-spans' },
  'spans-grouper': { key: 'spansGrouper', input: 'raw-spans' },
  'trace-enricher': { key: 'traceEnricher', input: 'structured-traces' },
  'view-generator': { key: 'viewGenerator', input: 'enriched-traces' },
};
/** Variables that hold credentials (DATABASE_URL and MONGODB_URL carry the user and password). */
const SECRET_LIKE = /PASSWORD|API_KEYS|^(DATABASE|MONGODB)_URL$/;

let helm = '';
beforeAll(() => {
  helm = ensureTools().helm;
}, 15 * 60_000);

function render(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  return runTool(helm, ['template', 'tracehouse', CHART_DIR, '--namespace', 'observability', ...args]);
}
const named = (manifests: Manifest[], kind: string, name: string) => manifests.find((m) => m.kind === kind && m.metadata.name === name);
const containerOf = (m: Manifest | undefined): Container => m?.spec?.template?.spec?.containers?.[0] as Container;
const envValue = (env: EnvVar[], name: string) => env.find((e) => e.name === name);

/**
 * The document store variables an app reads only for a query API it embeds, when it embeds none as
 * deployed (the view-generator beside a ClickHouse server, QUERY_EMBEDDED=auto): it gets no database
 * Secret it would not use.
 */
function unusedVariables(app: string, env: EnvVar[]): Set<string> {
  if (!appVariables(app).names.has('QUERY_EMBEDDED')) return new Set();
  const mode = (envValue(env, 'QUERY_EMBEDDED')?.value ?? 'auto') as QueryEmbeddedMode;
  return queryApiEmbedded(mode, envValue(env, 'CLICKHOUSE_URL')?.value) ? new Set() : new Set(Object.keys(entityReadConfigSchema));
}

describe.each(Object.entries(VALUE_SETS))('the chart with the %s values', (setName, args) => {
  let manifests: Manifest[] = [];
  beforeAll(() => {
    const result = render(args);
    if (result.code !== 0) throw new Error(`helm template (${setName}) failed: ${result.stderr}`);
    manifests = parseManifests(result.stdout);
  });

  it('passes helm lint --strict', () => {
    const result = runTool(helm, ['lint', '--strict', CHART_DIR, ...args]);
    expect(result.stdout).toContain('1 chart(s) linted, 0 chart(s) failed');
    expect(result.code).toBe(0);
  });

  it('renders only objects that validate against the Kubernetes schemas, and no Secret', () => {
    expect(manifests.length).toBeGreaterThanOrEqual(13);
    expect(kubernetesSchemaErrors(manifests)).toEqual([]);
    expect(manifests.filter((m) => m.kind === 'Secret')).toEqual([]);
  });

  it.each(appNames())('runs %s from its image with probes on /healthz and /readyz at its admin port', (app) => {
    const deployment = named(manifests, 'Deployment', `tracehouse-${app}`);
    const c = containerOf(deployment);
    expect(c.image).toMatch(new RegExp(`/${app}:[^:]+$`));
    expect(c.command).toBeUndefined(); // the image's CMD, the one tools/deploy's start test runs
    const adminPort = DEFAULT_ADMIN_PORTS[app as ServiceName];
    expect(c.ports).toContainEqual({ name: 'admin', containerPort: adminPort, protocol: 'TCP' });
    expect(c.env).toContainEqual({ name: 'ADMIN_PORT', value: String(adminPort) });
    expect(c.livenessProbe?.httpGet).toEqual({ path: '/healthz', port: 'admin' });
    expect(c.startupProbe?.httpGet).toEqual({ path: '/healthz', port: 'admin' });
    expect(c.readinessProbe?.httpGet).toEqual({ path: '/readyz', port: 'admin' });
    expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(deployment?.spec.template.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
    expect(deployment?.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(30);
    expect(deployment?.spec.template.spec.volumes ?? []).not.toContainEqual(expect.objectContaining({ persistentVolumeClaim: expect.anything() }));
  });

  it('gives every app exactly the variables it reads, with KAFKA_CREATE_TOPICS=false, and secrets only from Secrets', () => {
    const all = allAppVariables();
    const problems = appNames().flatMap((app) => {
      const env = containerOf(named(manifests, 'Deployment', `tracehouse-${app}`)).env;
      return envContractProblems(app, env.map((e) => e.name), `${setName} values, Deployment tracehouse-${app}`, all, { unused: unusedVariables(app, env) });
    });
    expect(problems).toEqual([]);
    for (const app of appNames()) {
      const env = containerOf(named(manifests, 'Deployment', `tracehouse-${app}`)).env;
      // The query-service reads no Kafka variable (the env contract above holds it to that).
      if (appVariables(app).names.has('KAFKA_CREATE_TOPICS')) expect(env).toContainEqual({ name: 'KAFKA_CREATE_TOPICS', value: 'false' });
      for (const e of env.filter((v) => SECRET_LIKE.test(v.name))) expect(e.valueFrom?.secretKeyRef).toBeDefined();
    }
    expect(appNames().filter((app) => !appVariables(app).names.has('KAFKA_CREATE_TOPICS'))).toEqual(['query-service']);
  });

  it('has the query-service read the ClickHouse the view-generator writes and the entity store the trace-enricher writes, and serve the only query API', () => {
    const envOf = (app: string) => containerOf(named(manifests, 'Deployment', `tracehouse-${app}`)).env;
    const reader = envOf('query-service');
    const sameAs = (app: string, pattern: RegExp) => {
      const written = envOf(app).filter((e) => pattern.test(e.name));
      expect(written.length).toBeGreaterThanOrEqual(2);
      expect(reader.filter((e) => pattern.test(e.name))).toEqual(written);
    };
    sameAs('view-generator', /^CLICKHOUSE_/);
    sameAs('trace-enricher', /^(DOCUMENT_STORE|DATABASE_URL|MONGODB_URL|ENTITY_STORE_)/);
    const generator = envOf('view-generator');
    expect(queryApiEmbedded((envValue(generator, 'QUERY_EMBEDDED')?.value ?? 'auto') as QueryEmbeddedMode, envValue(generator, 'CLICKHOUSE_URL')?.value)).toBe(false);
    expect(generator.map((e) => e.name).filter((n) => /^(DATABASE_URL|MONGODB_URL)$/.test(n))).toEqual([]);
  });

  it('scales each consuming stage within its input topic partitions by an HPA or a KEDA ScaledObject, each with a PodDisruptionBudget', () => {
    const job = named(manifests, 'Job', 'tracehouse-create-topics');
    const partitions = Number(containerOf(job).env.find((e) => e.name === 'KAFKA_TOPIC_PARTITIONS')?.value);
    expect(partitions).toBeGreaterThan(0);
    for (const [app, { input }] of Object.entries(CONSUMING)) {
      const name = `tracehouse-${app}`;
      const hpa = named(manifests, 'HorizontalPodAutoscaler', name);
      const keda = named(manifests, 'ScaledObject', name);
      const replicas = named(manifests, 'Deployment', name)?.spec.replicas as number | undefined;
      if (keda) {
        expect(hpa).toBeUndefined();
        expect(keda.spec.maxReplicaCount).toBeLessThanOrEqual(partitions);
        expect(keda.spec.triggers[0]).toMatchObject({ type: 'kafka', metadata: { consumerGroup: app, topic: input, allowIdleConsumers: 'false' } });
      } else if (hpa) {
        expect(hpa.spec.maxReplicas).toBeLessThanOrEqual(partitions);
        expect(hpa.spec.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: expect.any(Number) } } }]);
      }
      // With an autoscaler the Deployment leaves replicas to it; without one it states them.
      expect(replicas === undefined).toBe(Boolean(hpa ?? keda));
      if (replicas !== undefined) expect(replicas).toBeLessThanOrEqual(partitions);
    }
    // The query-service consumes nothing: an HPA on CPU, or a fixed count, and no partition bound.
    const query = named(manifests, 'HorizontalPodAutoscaler', 'tracehouse-query-service');
    expect(named(manifests, 'ScaledObject', 'tracehouse-query-service')).toBeUndefined();
    if (query) expect(query.spec.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: expect.any(Number) } } }]);
    expect(named(manifests, 'Deployment', 'tracehouse-query-service')?.spec.replicas === undefined).toBe(Boolean(query));
    if (setName !== 'minimal') for (const app of appNames()) expect(named(manifests, 'PodDisruptionBudget', `tracehouse-${app}`)?.spec.maxUnavailable).toBe(1);
  });

  it('publishes the collector receivers and every admin port on the standard ports of libs/config/src/ports.ts', () => {
    const receivers = named(manifests, 'Service', 'tracehouse-collector');
    const ports = (receivers?.spec.ports as Array<{ port: number; protocol: string }>).map((p) => `${p.port}/${p.protocol}`);
    expect(ports).toEqual([
      ...[DEFAULT_PORTS.otlpGrpc, DEFAULT_PORTS.otlpHttp, DEFAULT_PORTS.jaegerGrpc, DEFAULT_PORTS.jaegerThriftHttp, DEFAULT_PORTS.zipkin].map((p) => `${p}/TCP`),
      ...[DEFAULT_PORTS.jaegerAgentCompact, DEFAULT_PORTS.jaegerAgentBinary].map((p) => `${p}/UDP`),
    ]);
    const collectorEnv = containerOf(named(manifests, 'Deployment', 'tracehouse-collector')).env;
    expect(collectorEnv).toContainEqual({ name: 'COLLECTOR_OTLP_GRPC_PORT', value: String(DEFAULT_PORTS.otlpGrpc) });
    for (const app of appNames()) {
      expect(named(manifests, 'Service', `tracehouse-${app}-admin`)?.spec.ports).toEqual([{ name: 'admin', port: DEFAULT_ADMIN_PORTS[app as ServiceName], targetPort: 'admin', protocol: 'TCP' }]);
    }
    const query = named(manifests, 'Service', 'tracehouse-query-service');
    // HTTPS when the query API serves TLS (the tls example), and the collector's HTTP receivers likewise.
    const scheme = setName === 'tls' ? 'https' : 'http';
    expect(query?.spec.ports).toEqual([{ name: 'query', port: DEFAULT_PORTS.query, targetPort: 'query', protocol: 'TCP', appProtocol: scheme }]);
    expect((receivers?.spec.ports as Array<{ appProtocol: string }>).map((p) => p.appProtocol)).toEqual(['grpc', scheme, 'grpc', scheme, scheme]);
    expect(query?.spec.selector).toEqual(named(manifests, 'Deployment', 'tracehouse-query-service')?.spec.selector.matchLabels);
    const queryContainer = containerOf(named(manifests, 'Deployment', 'tracehouse-query-service'));
    expect(queryContainer.ports).toContainEqual({ name: 'query', containerPort: DEFAULT_PORTS.query, protocol: 'TCP' });
    expect(queryContainer.env).toContainEqual({ name: 'QUERY_PORT', value: String(DEFAULT_PORTS.query) });
  });

  it('creates the topics with a pre-install Job running the image script with values for partitions, replication and retention', () => {
    const job = named(manifests, 'Job', 'tracehouse-create-topics');
    expect(job?.metadata.annotations?.['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    expect(job?.spec.template.spec.serviceAccountName).toBeUndefined(); // the chart's does not exist yet when a pre-install hook runs
    const c = containerOf(job);
    expect(c.command).toEqual(['node', 'dist/tools/deploy/src/create-topics.js']);
    const known = schemaVariables(createTopicsConfigSchema).names;
    expect(c.env.map((e) => e.name).filter((n) => !known.has(n))).toEqual([]);
    expect(c.env.map((e) => e.name)).toEqual(expect.arrayContaining(['KAFKA_BROKERS', 'KAFKA_TOPIC_PARTITIONS', 'KAFKA_TOPIC_REPLICATION', 'KAFKA_TOPIC_RETENTION_MS', 'KAFKA_DLQ_RETENTION_MS']));
  });
});

describe('the chart, with value sets of note', () => {
  it('production: external Kafka over TLS with SCRAM from a Secret, KEDA on lag, a ServiceMonitor, no bundled database', () => {
    const manifests = parseManifests(render(VALUE_SETS.production ?? []).stdout);
    const env = containerOf(named(manifests, 'Deployment', 'tracehouse-spans-grouper')).env;
    expect(env).toContainEqual({ name: 'KAFKA_SSL', value: 'true' });
    expect(env).toContainEqual({ name: 'KAFKA_SASL_PASSWORD', valueFrom: { secretKeyRef: { name: 'tracehouse-kafka', key: 'password' } } });
    expect(manifests.filter((m) => m.kind === 'ScaledObject').map((m) => m.metadata.name).sort()).toEqual(Object.keys(CONSUMING).map((a) => `tracehouse-${a}`));
    expect(named(manifests, 'TriggerAuthentication', 'tracehouse-kafka')?.spec.secretTargetRef).toHaveLength(2);
    expect(named(manifests, 'ServiceMonitor', 'tracehouse')?.spec.endpoints).toEqual([{ port: 'admin', path: '/metrics', interval: '30s', scrapeTimeout: '10s' }]);
    const images = manifests.flatMap((m) => (m.spec?.template?.spec?.containers ?? []) as Container[]).map((c) => c.image);
    expect(images.every((i) => i.startsWith('registry.example.com/observability/tracehouse/'))).toBe(true);
    expect(manifests.filter((m) => m.kind === 'StatefulSet')).toEqual([]);
  });

  it('multi-tenant: the collector reads its tenant header from values and its API keys from a Secret; entities go to MongoDB', () => {
    const manifests = parseManifests(render(VALUE_SETS['multi-tenant'] ?? []).stdout);
    const collector = containerOf(named(manifests, 'Deployment', 'tracehouse-collector')).env;
    expect(collector).toContainEqual({ name: 'COLLECTOR_TENANT_HEADER', value: 'x-tenant-id' });
    expect(collector).toContainEqual({ name: 'COLLECTOR_API_KEYS', valueFrom: { secretKeyRef: { name: 'tracehouse-api-keys', key: 'api-keys' } } });
    const enricher = containerOf(named(manifests, 'Deployment', 'tracehouse-trace-enricher')).env;
    expect(enricher).toContainEqual({ name: 'DOCUMENT_STORE', value: 'mongodb' });
    expect(enricher).toContainEqual({ name: 'MONGODB_URL', valueFrom: { secretKeyRef: { name: 'tracehouse-mongodb', key: 'url' } } });
    expect(enricher.map((e) => e.name)).not.toContain('DATABASE_URL');
    const query = containerOf(named(manifests, 'Deployment', 'tracehouse-query-service')).env;
    expect(query).toContainEqual({ name: 'QUERY_TENANT_HEADER', value: 'x-tenant-id' });
    expect(query).toContainEqual({ name: 'QUERY_API_KEYS', valueFrom: { secretKeyRef: { name: 'tracehouse-api-keys', key: 'query-api-keys' } } });
    expect(query).toContainEqual({ name: 'MONGODB_URL', valueFrom: { secretKeyRef: { name: 'tracehouse-mongodb', key: 'url' } } });
  });

  it('tls: the collector and the query-service mount their TLS Secrets as whole volumes and read the files from them', () => {
    const manifests = parseManifests(render(VALUE_SETS.tls ?? []).stdout);
    const deployment = (app: string) => named(manifests, 'Deployment', `tracehouse-${app}`);
    const collector = containerOf(deployment('collector'));
    expect(collector.env).toEqual(
      expect.arrayContaining([
        { name: 'COLLECTOR_TLS_CERT_FILE', value: '/etc/tracehouse/tls/tls.crt' },
        { name: 'COLLECTOR_TLS_KEY_FILE', value: '/etc/tracehouse/tls/tls.key' },
        { name: 'COLLECTOR_TLS_CLIENT_CA_FILE', value: '/etc/tracehouse/tls-client-ca/ca.crt' },
        { name: 'COLLECTOR_TLS_CLIENT_TENANT_FROM', value: 'cn' },
        { name: 'COLLECTOR_TLS_RELOAD_INTERVAL_MS', value: '10000' },
      ]),
    );
    const mounts = (c: Container) => (c as Container & { volumeMounts: Array<{ name: string; mountPath: string; subPath?: string; readOnly?: boolean }> }).volumeMounts;
    // No subPath: the kubelet updates a Secret volume in place only when it is mounted whole.
    expect(mounts(collector)).toEqual(expect.arrayContaining([{ name: 'tls', mountPath: '/etc/tracehouse/tls', readOnly: true }, { name: 'tls-client-ca', mountPath: '/etc/tracehouse/tls-client-ca', readOnly: true }]));
    expect(deployment('collector')?.spec.template.spec.volumes).toEqual(
      expect.arrayContaining([
        { name: 'tls', secret: { secretName: 'tracehouse-collector-tls', defaultMode: 0o440, items: [{ key: 'tls.crt', path: 'tls.crt' }, { key: 'tls.key', path: 'tls.key' }] } },
        { name: 'tls-client-ca', secret: { secretName: 'tracehouse-client-ca', defaultMode: 0o440, items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      ]),
    );
    const query = containerOf(deployment('query-service'));
    expect(query.env).toContainEqual({ name: 'QUERY_TLS_CERT_FILE', value: '/etc/tracehouse/tls/tls.crt' });
    expect(query.env.map((e) => e.name)).not.toContain('QUERY_TLS_CLIENT_CA_FILE');
    expect(deployment('query-service')?.spec.template.spec.volumes).toContainEqual(expect.objectContaining({ name: 'tls', secret: expect.objectContaining({ secretName: 'tracehouse-query-tls' }) }));
    // The other stages listen on nothing but their admin port: no TLS Secret.
    for (const app of ['span-normalizer', 'spans-grouper', 'trace-enricher', 'view-generator']) {
      expect(containerOf(deployment(app)).env.filter((e) => /_TLS_/.test(e.name))).toEqual([]);
    }
    // Without TLS values nothing is mounted or set.
    const plain = parseManifests(render([]).stdout);
    expect(containerOf(named(plain, 'Deployment', 'tracehouse-collector')).env.filter((e) => /_TLS_/.test(e.name))).toEqual([]);
    expect(named(plain, 'Deployment', 'tracehouse-collector')?.spec.template.spec.volumes).toEqual([{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }]);
  });

  it('tls: the example cert-manager Certificates write the Secrets the tls values mount, for the Services the chart names', () => {
    const certificates = parseManifests(readFileSync(resolve(ROOT, 'helm/examples/cert-manager/certificates.yaml'), 'utf8'));
    const values = parseManifests(readFileSync(resolve(ROOT, 'helm/examples/tls.yaml'), 'utf8'))[0] as unknown as { collector: { tls: { existingSecret: string } }; queryService: { tls: { existingSecret: string } } };
    const manifests = parseManifests(render([...(VALUE_SETS.tls ?? []), '--namespace', 'observability']).stdout);
    for (const [secret, service] of [
      [values.collector.tls.existingSecret, 'tracehouse-collector'],
      [values.queryService.tls.existingSecret, 'tracehouse-query-service'],
    ] as const) {
      const cert = certificates.find((c) => c.kind === 'Certificate' && c.spec.secretName === secret);
      expect(cert?.apiVersion).toBe('cert-manager.io/v1');
      expect(named(manifests, 'Service', service)).toBeDefined();
      expect(cert?.spec.dnsNames).toEqual(expect.arrayContaining([service, `${service}.observability.svc`]));
      expect(cert?.spec.usages).toContain('server auth');
    }
    expect(certificates.find((c) => c.spec.commonName === 'acme')?.spec.usages).toContain('client auth');
  });

  it('queryService.enabled=false leaves the query-service out entirely', () => {
    const manifests = parseManifests(render(['--set', 'queryService.enabled=false']).stdout);
    expect(manifests.filter((m) => m.metadata.labels?.['app.kubernetes.io/component'] === 'query-service')).toEqual([]);
    expect(parseManifests(render([]).stdout).filter((m) => m.metadata.labels?.['app.kubernetes.io/component'] === 'query-service').map((m) => m.kind).sort()).toEqual(['Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Service', 'Service']);
  });

  it('the schema validator itself reports a broken object (so a clean result means something)', () => {
    const manifests = parseManifests(render([]).stdout);
    const broken = JSON.parse(JSON.stringify(named(manifests, 'Deployment', 'tracehouse-collector'))) as Manifest;
    broken.spec.template.spec.containers[0].ports[0].containerPort = 'eighty';
    delete broken.spec.selector;
    expect(kubernetesSchemaErrors([broken])).toEqual([
      'Deployment/tracehouse-collector: /spec must have required property selector',
      'Deployment/tracehouse-collector: /spec/template/spec/containers/0/ports/0/containerPort must be integer',
    ]);
  });
});

describe('the chart refuses bad values with a clear message', () => {
  // `helm install` validates values with the same code before it talks to the cluster (there is
  // none here, and even --dry-run=client asks it for its version), so `helm template` stands for it.
  it('a typo in a key fails with the key and where it is', () => {
    const message = "values don't meet the specifications of the schema(s) in the following chart(s):\ntracehouse:\n- at '/spansGrouper': additional properties 'replicaCont' not allowed";
    const template = render(['--set', 'spansGrouper.replicaCont=3']);
    expect(template.code).toBe(1);
    expect(template.stderr).toContain(`Error: ${message}`);
  });

  it('a value of the wrong kind names the key and what it must be', () => {
    const result = render(['--set', 'documentStore.type=mysql']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("- at '/documentStore/type': value must be one of 'postgres', 'mongodb'");
  });

  it('replicas above the partition count of the input topic', () => {
    const result = render(['--set', 'spansGrouper.replicas=16', '--set', 'spansGrouper.autoscaling.enabled=false']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'spansGrouper.replicas is 16, above the 12 partitions of its input topic raw-spans (kafka.topics.partitions): a consumer group never gives work to more members than there are partitions, so the extra pods would sit idle. Lower spansGrouper.replicas to at most 12, or raise kafka.topics.partitions.',
    );
  });

  it('an autoscaling maximum above the partition count (HPA and KEDA alike)', () => {
    const hpa = render(['--set', 'traceEnricher.autoscaling.maxReplicas=13']);
    expect(hpa.code).toBe(1);
    expect(hpa.stderr).toContain('traceEnricher.autoscaling.maxReplicas is 13, above the 12 partitions of its input topic structured-traces (kafka.topics.partitions)');
    const keda = render([...(VALUE_SETS.production ?? []), '--set', 'kafka.topics.partitions=16']);
    expect(keda.code).toBe(1);
    expect(keda.stderr).toContain(
      'spanNormalizer.keda.maxReplicas is 24, above the 16 partitions of its input topic otlp-spans (kafka.topics.partitions): a consumer group never gives work to more members than there are partitions, so the extra pods would sit idle. Lower spanNormalizer.keda.maxReplicas to at most 16, or raise kafka.topics.partitions.',
    );
  });

  it('a database URL without a Secret to hold it', () => {
    const result = render(['--set', 'documentStore.postgres.existingSecret=']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('documentStore.postgres.existingSecret is empty: name the Secret that holds the PostgreSQL URL (the chart never takes secrets as plain values).');
  });

  it('no partition bound for the query-service, which consumes no topic', () => {
    const result = render(['--set', 'queryService.autoscaling.maxReplicas=40', '--set', 'queryService.replicas=30']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(named(parseManifests(result.stdout), 'HorizontalPodAutoscaler', 'tracehouse-query-service')?.spec.maxReplicas).toBe(40);
  });

  it('TLS values that cannot work: a client CA or a certificate tenant rule without what it needs, a tenant field the apps do not know', () => {
    const caOnly = render(['--set', 'collector.tls.clientCa.existingSecret=ca']);
    expect(caOnly.code).toBe(1);
    expect(caOnly.stderr).toContain('collector.tls.clientCa.existingSecret is set but collector.tls.existingSecret is empty: client certificates are verified only over TLS');
    const tenantOnly = render(['--set', 'queryService.tls.existingSecret=q', '--set', 'queryService.tls.clientTenantFrom=cn']);
    expect(tenantOnly.code).toBe(1);
    expect(tenantOnly.stderr).toContain('queryService.tls.clientTenantFrom is cn but queryService.tls.clientCa.existingSecret is empty: a tenant is read only from a client certificate the CA verified.');
    const field = render(['--set', 'collector.tls.clientTenantFrom=subject']);
    expect(field.code).toBe(1);
    expect(field.stderr).toContain("- at '/collector/tls/clientTenantFrom': value must be one of '', 'cn', 'dns', 'uri', 'email'");
  });

  it('query API keys: the key of their Secret must be named', () => {
    const result = render(['--set', 'queryService.tenancy.apiKeys.key=']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("- at '/queryService/tenancy/apiKeys/key': minLength: got 0, want 1");
  });
});

describe('the topic Job, run as the chart runs it', () => {
  it('creates the five topics (otlp-logs included) and their .dlq topics with the partitions and retention of the values, and is idempotent', async () => {
    const manifests = parseManifests(render(['-f', 'helm/examples/minimal.yaml', '--set', 'kafka.topics.retentionMs=3600000']).stdout);
    const c = containerOf(named(manifests, 'Job', 'tracehouse-create-topics'));
    const [node, script] = c.command ?? [];
    expect(node).toBe('node');
    // Same script and variables; only where Kafka is and the topic names (this test's own) differ.
    const names = { TOPIC_OTLP_SPANS: uniqueName('job-otlp'), TOPIC_RAW_SPANS: uniqueName('job-raw'), TOPIC_STRUCTURED_TRACES: uniqueName('job-struct'), TOPIC_ENRICHED_TRACES: uniqueName('job-enriched'), TOPIC_OTLP_LOGS: uniqueName('job-logs') };
    const env = { ...Object.fromEntries(c.env.map((e) => [e.name, e.value ?? ''])), KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '', ...names };
    const run = async () => {
      const p = startScript(resolve(ROOT, script ?? '').replace(`${ROOT}/dist/`, ''), env);
      expect(await p.exited).toBe(0);
      return p.output();
    };
    expect(await run()).toContain('created 10 of 10 topics; the others existed');
    expect(await run()).toContain('created 0 of 10 topics; the others existed');

    const admin = testKafka('deploy-test').admin();
    await admin.connect();
    try {
      const topics = [...Object.values(names), ...Object.values(names).map((n) => `${n}.dlq`)];
      const metadata = await admin.fetchTopicMetadata({ topics });
      expect(metadata.topics.map((t) => t.partitions.length)).toEqual(topics.map(() => 3));
      const configs = await admin.describeConfigs({ includeSynonyms: false, resources: topics.map((name) => ({ type: 2, name, configNames: ['retention.ms'] })) });
      const retention = Object.fromEntries(configs.resources.map((r) => [r.resourceName, r.configEntries[0]?.configValue]));
      expect(retention[names.TOPIC_RAW_SPANS]).toBe('3600000');
      expect(retention[`${names.TOPIC_RAW_SPANS}.dlq`]).toBe('1209600000');
    } finally {
      await admin.disconnect();
    }
  });
});
