import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_ADMIN_PORTS, DEFAULT_PORTS, type ServiceName } from '@tracehouse/config';
import { queryApiEmbedded, type QueryEmbeddedMode } from '@tracehouse/query-api';
import { createTopicsConfigSchema } from './create-topics.config';
import { ROOT, allAppVariables, appNames, appVariables, composeEnv, envContractProblems, parseDockerfile, publishedPorts, readCompose, schemaVariables } from './deploy-files';

const compose = readCompose();
const services = compose.services;
const INFRA = ['kafka', 'kafka-topics', 'postgres', 'clickhouse', 'mongodb'];
/** The apps that talk to Kafka (their schema reads KAFKA_BROKERS): all but the query-service. */
const kafkaApps = () => appNames().filter((app) => appVariables(app).names.has('KAFKA_BROKERS'));

describe('docker-compose.yml', () => {
  it('has one service per app, plus Kafka, its topic job, PostgreSQL, ClickHouse and MongoDB', () => {
    expect(Object.keys(services).sort()).toEqual([...appNames(), ...INFRA].sort());
  });

  it('builds every app from the Dockerfile target of the same name', () => {
    const stages = parseDockerfile();
    for (const app of appNames()) {
      expect(services[app]?.build).toEqual({ context: '.', target: app });
      expect(stages.has(app)).toBe(true);
    }
    expect(services['kafka-topics']?.build).toEqual({ context: '.', target: 'collector' });
  });

  it('gives every app exactly the variables it reads (its zod schema), and every connection it needs', () => {
    const all = allAppVariables();
    const problems = appNames().flatMap((app) => envContractProblems(app, Object.keys(composeEnv(services[app] ?? {})), `docker-compose.yml services.${app}`, all));
    expect(problems).toEqual([]);
  });

  it('leaves TLS off, and its override docker-compose.tls.yml sets only variables the apps read', () => {
    expect(appNames().flatMap((app) => Object.keys(composeEnv(services[app] ?? {})).filter((k) => k.includes('_TLS_')))).toEqual([]);
    const override = readCompose(readFileSync(resolve(ROOT, 'docker-compose.tls.yml'), 'utf8')).services;
    expect(Object.keys(override).sort()).toEqual(['collector', 'query-service']);
    const all = allAppVariables();
    for (const [app, service] of Object.entries(override)) {
      const given = [...Object.keys(composeEnv(services[app] ?? {})), ...Object.keys(composeEnv(service))];
      expect(envContractProblems(app, given, `docker-compose.tls.yml services.${app}`, all)).toEqual([]);
    }
  });

  it('lets the kafka-topics service create the topics, so no app creates them', () => {
    // The query-service reads ClickHouse and the document store only; every other app is held to this.
    expect(appNames().filter((app) => !kafkaApps().includes(app))).toEqual(['query-service']);
    expect(services['query-service']?.depends_on?.['kafka-topics']).toBeUndefined();
    for (const app of kafkaApps()) {
      expect(composeEnv(services[app] ?? {}).KAFKA_CREATE_TOPICS).toBe('false');
      expect(services[app]?.depends_on?.['kafka-topics']).toEqual({ condition: 'service_completed_successfully' });
    }
    const topics = services['kafka-topics'];
    expect(topics?.command).toEqual(['node', 'dist/tools/deploy/src/create-topics.js']);
    const known = schemaVariables(createTopicsConfigSchema).names;
    expect(Object.keys(composeEnv(topics ?? {})).filter((v) => !known.has(v))).toEqual([]);
    expect(topics?.depends_on?.kafka).toEqual({ condition: 'service_healthy' });
  });

  it('points the apps at the compose services by their names', () => {
    expect(composeEnv(services['collector'] ?? {}).KAFKA_BROKERS).toBe('kafka:9092');
    expect(composeEnv(services['kafka-topics'] ?? {}).KAFKA_BROKERS).toBe('kafka:9092');
    expect(composeEnv(services['trace-enricher'] ?? {}).DATABASE_URL).toMatch(/^postgres:\/\/tracehouse:tracehouse@postgres:5432\/tracehouse$/);
    expect(composeEnv(services['view-generator'] ?? {}).CLICKHOUSE_URL).toBe('http://clickhouse:8123');
    expect(composeEnv(services['query-service'] ?? {}).CLICKHOUSE_URL).toBe('http://clickhouse:8123');
    expect(composeEnv(services['query-service'] ?? {}).DATABASE_URL).toMatch(/^postgres:\/\/tracehouse:tracehouse@postgres:5432\/tracehouse$/);
  });

  it('has the query-service read the ClickHouse the view-generator writes and the entity store the trace-enricher writes', () => {
    const [writer, reader, enricher] = ['view-generator', 'query-service', 'trace-enricher'].map((app) => composeEnv(services[app] ?? {}));
    const clickhouse = [...appVariables('query-service').names].filter((v) => v.startsWith('CLICKHOUSE_') && v in (writer ?? {}));
    expect(clickhouse).toEqual(expect.arrayContaining(['CLICKHOUSE_URL', 'CLICKHOUSE_DATABASE', 'CLICKHOUSE_USER', 'CLICKHOUSE_PASSWORD']));
    for (const v of clickhouse) expect([v, reader?.[v]]).toEqual([v, writer?.[v]]);
    const documentStore = [...appVariables('trace-enricher').names].filter((v) => /^(DOCUMENT_STORE|DATABASE_URL|MONGODB_URL|ENTITY_STORE_SCHEMA)$/.test(v));
    expect(documentStore).toHaveLength(4);
    for (const v of documentStore) {
      expect([v, reader?.[v]]).toEqual([v, enricher?.[v]]);
      expect([v, writer?.[v]]).toEqual([v, enricher?.[v]]);
    }
  });

  it('serves the query API from the query-service only: the view-generator, on the ClickHouse server, does not embed it', () => {
    const generator = composeEnv(services['view-generator'] ?? {});
    expect(generator.CLICKHOUSE_URL).toBeTruthy();
    expect(queryApiEmbedded((generator.QUERY_EMBEDDED ?? 'auto') as QueryEmbeddedMode, generator.CLICKHOUSE_URL)).toBe(false);
    const serving = Object.keys(services).filter((name) => publishedPorts(services[name] ?? {}).some((p) => p.host === DEFAULT_PORTS.query));
    expect(serving).toEqual(['query-service']);
  });

  it('publishes the standard ports of libs/config/src/ports.ts on the same numbers', () => {
    const collector = publishedPorts(services.collector ?? {});
    const receivers = [DEFAULT_PORTS.otlpGrpc, DEFAULT_PORTS.otlpHttp, DEFAULT_PORTS.jaegerGrpc, DEFAULT_PORTS.jaegerThriftHttp, DEFAULT_PORTS.zipkin];
    const udp = [DEFAULT_PORTS.jaegerAgentCompact, DEFAULT_PORTS.jaegerAgentBinary].map((p) => ({ host: p, container: p, protocol: 'udp' }));
    expect(collector).toEqual([...receivers.map((p) => ({ host: p, container: p })), ...udp, { host: DEFAULT_ADMIN_PORTS.collector, container: DEFAULT_ADMIN_PORTS.collector }]);
    expect(publishedPorts(services['query-service'] ?? {})).toEqual([DEFAULT_PORTS.query, DEFAULT_ADMIN_PORTS['query-service']].map((p) => ({ host: p, container: p })));
    for (const app of appNames().filter((a) => a !== 'collector' && a !== 'query-service')) {
      const admin = DEFAULT_ADMIN_PORTS[app as ServiceName];
      expect(publishedPorts(services[app] ?? {})).toEqual([{ host: admin, container: admin }]);
    }
  });

  it('health-checks every app with the image HEALTHCHECK and starts it only after what it needs is healthy', () => {
    const stages = parseDockerfile();
    for (const app of appNames()) {
      expect(services[app]?.healthcheck?.test).toEqual(['CMD', ...(stages.get(app)?.healthcheck?.cmd ?? ['(none)'])]);
      for (const [dependency, { condition }] of Object.entries(services[app]?.depends_on ?? {})) {
        expect(services[dependency]).toBeDefined();
        if (condition === 'service_healthy') expect(services[dependency]?.healthcheck?.test).toBeDefined();
      }
    }
    expect(services['trace-enricher']?.depends_on?.postgres).toEqual({ condition: 'service_healthy' });
    expect(services['view-generator']?.depends_on?.clickhouse).toEqual({ condition: 'service_healthy' });
    expect(services['query-service']?.depends_on).toEqual({ clickhouse: { condition: 'service_healthy' }, postgres: { condition: 'service_healthy' } });
    for (const infra of ['kafka', 'postgres', 'clickhouse', 'mongodb']) expect(services[infra]?.healthcheck?.test?.length).toBeGreaterThan(1);
  });

  it('keeps the data of Kafka, PostgreSQL, ClickHouse and MongoDB in named volumes', () => {
    expect(Object.keys(compose.volumes ?? {}).sort()).toEqual(['clickhouse-data', 'kafka-data', 'mongodb-data', 'postgres-data']);
    for (const infra of ['kafka', 'postgres', 'clickhouse', 'mongodb']) expect(services[infra]?.volumes?.[0]).toMatch(/^[a-z]+-data:\//);
  });

  it('runs the Kafka version that `npm start` runs (tools/infra/kafka/pom.xml), in KRaft mode', () => {
    const pom = readFileSync(resolve(ROOT, 'tools/infra/kafka/pom.xml'), 'utf8');
    const version = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(pom)?.[1];
    expect(services.kafka?.image).toBe(`apache/kafka:${version}`);
    expect(composeEnv(services.kafka ?? {}).KAFKA_PROCESS_ROLES).toBe('broker,controller');
  });
});
