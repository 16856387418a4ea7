// Integration and end-to-end tests (`*.int-spec.ts`, `*.e2e-spec.ts`): real Kafka, PostgreSQL and
// ClickHouse engine. The global setup starts them once (or uses KAFKA_BROKERS / DATABASE_URL when set)
// and every test works on its own topics and consumer groups.
const path = require('node:path');
const { jestProjects } = require('./tools/jest-projects');

const globalSetup = path.join(__dirname, 'tools/infra/jest/global-setup.js');
const globalTeardown = path.join(__dirname, 'tools/infra/jest/global-teardown.js');

/** @type {import('jest').Config} */
module.exports = {
  globalSetup,
  globalTeardown,
  maxWorkers: 1,
  testTimeout: 120_000,
  projects: jestProjects('{int-spec,e2e-spec}.ts', { slowTestThreshold: 30 }),
};
