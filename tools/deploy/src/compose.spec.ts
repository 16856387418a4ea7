import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_ADMIN_PORTS, DEFAULT_PORTS, type ServiceName } from '@tracehouse/config';
import { createTopicsConfigSchema } from './create-topics.config';
import { ROOT, allAppVariables, appNames, composeEnv, envContractProblems, parseDockerfile, publishedPorts, readCompose, schemaVariables } from './deploy-files';

const compose = readCompose();
const services = compose.services;
const INFRA = ['kafka', 'kafka-topics', 'postgres', 'clickhouse', 'mongodb'];

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

  it('lets the kafka-topics service create the topics, so no app creates them', () => {
    for (const app of appNames()) {
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
  });

  it('publishes the standard ports of libs/config/src/ports.ts on the same numbers', () => {
    const collector = publishedPorts(services.collector ?? {});
    const receivers = [DEFAULT_PORTS.otlpGrpc, DEFAULT_PORTS.otlpHttp, DEFAULT_PORTS.jaegerGrpc, DEFAULT_PORTS.jaegerThriftHttp, DEFAULT_PORTS.zipkin];
    expect(collector).toEqual([...receivers, DEFAULT_ADMIN_PORTS.collector].map((p) => ({ host: p, container: p })));
    for (const app of appNames().filter((a) => a !== 'collector')) {
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
