// Stops what the global setup started and removes its data folder.
const fs = require('node:fs');
const path = require('node:path');

module.exports = async function globalTeardown() {
  const infra = globalThis.__TRACEHOUSE_INFRA__;
  if (infra) await infra.stop();
  fs.rmSync(path.resolve(__dirname, '../../..', '.data', `test-${process.pid}`), { recursive: true, force: true });
};
