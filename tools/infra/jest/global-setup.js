// Jest global setup of the integration tier: builds the workspace (tests spawn the compiled apps),
// then starts a fresh local Kafka broker and PostgreSQL (unless KAFKA_BROKERS / DATABASE_URL point
// at existing ones) and exports their URLs to the test workers through the environment.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, '../../..');
  execFileSync(process.execPath, [path.join(root, 'tools/build.mjs')], { cwd: root, stdio: 'inherit' });
  const { startLocalInfra } = require(path.join(root, 'dist/tools/infra/src/index.js'));
  const infra = await startLocalInfra({
    repoRoot: root,
    dataDir: path.join(root, '.data', `test-${process.pid}`),
    fresh: true,
    log: (line) => process.stderr.write(`[infra] ${line}\n`),
  });
  Object.assign(process.env, infra.env);
  globalThis.__TRACEHOUSE_INFRA__ = infra;
};
