import { freePort, startMongoWireServer, type LocalMongoWireServer } from '@tracehouse/infra';
import { REPO_ROOT } from '@tracehouse/testing';
import { MongoEntityStore } from './mongo-entity-store';
import { entityStoreConformance } from './testdata/entity-store-conformance';

// MONGODB_URL points at a real mongod when one is available; otherwise the suite starts
// mongo-java-server (a MongoDB wire-protocol server, resolved from Maven Central) for itself.
describe('MongoEntityStore (real MongoDB wire server) passes the EntityStore conformance suite', () => {
  let server: LocalMongoWireServer | undefined;
  let url: string;
  let closedPort: number;

  beforeAll(async () => {
    closedPort = await freePort();
    if (process.env.MONGODB_URL) {
      url = process.env.MONGODB_URL;
      return;
    }
    server = await startMongoWireServer({ repoRoot: REPO_ROOT }, (line) => process.stderr.write(`[infra] ${line}\n`));
    url = server.url;
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
  });

  entityStoreConformance({
    // One database per test: tests never see each other's entities.
    open: (ns) => new MongoEntityStore({ url, database: ns, maxBatch: 500 }),
    unreachable: () => new MongoEntityStore({ url: `mongodb://127.0.0.1:${closedPort}/tracehouse`, timeoutMs: 1_000 }),
  });
});
