// Unit tests: pure and fast, no broker, database or ClickHouse engine (`*.spec.ts`).
const { jestProjects } = require('./tools/jest-projects');

/** @type {import('jest').Config} */
module.exports = {
  projects: jestProjects('spec.ts'),
};
