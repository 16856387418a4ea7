import { z } from 'zod';
import { envContractProblems, schemaVariables, type AppVariables } from './deploy-files';

// The checker the compose and chart tests rely on must itself catch what it is there for.
describe('envContractProblems', () => {
  const all = new Map<string, AppVariables>([
    ['span-normalizer', schemaVariables(z.object({ KAFKA_BROKERS: z.string().default('x:1'), LOG_LEVEL: z.string().default('info'), API_TOKEN: z.string() }))],
    ['trace-enricher', schemaVariables(z.object({ KAFKA_BROKERS: z.string().default('x:1'), POSTGRES_URL: z.string().optional() }))],
  ]);

  it('reports a variable no schema reads, one with no default left unset, and a connection left unset', () => {
    expect(envContractProblems('span-normalizer', ['KAFKA_BROKER', 'LOG_LEVEL'], 'compose', all)).toEqual([
      'compose: sets KAFKA_BROKER, which span-normalizer does not read',
      'compose: span-normalizer reads KAFKA_BROKERS, which says where a dependency is, and it is not set',
      'compose: span-normalizer requires API_TOKEN (it has no default), which is not set',
    ]);
  });

  it('reports a renamed variable on both sides', () => {
    // The schema reads POSTGRES_URL where the deployment sets DATABASE_URL.
    expect(envContractProblems('trace-enricher', ['KAFKA_BROKERS', 'DATABASE_URL'], 'chart', all)).toEqual([
      'chart: sets DATABASE_URL, which trace-enricher does not read',
      'chart: trace-enricher reads POSTGRES_URL, which says where a dependency is, and it is not set',
    ]);
  });

  it('needs only one of the document store URLs, but one of them', () => {
    const enricher = new Map([['trace-enricher', schemaVariables(z.object({ DATABASE_URL: z.string().optional(), MONGODB_URL: z.string().optional() }))]]);
    expect(envContractProblems('trace-enricher', ['MONGODB_URL'], 'chart', enricher)).toEqual([]);
    expect(envContractProblems('trace-enricher', [], 'chart', enricher)).toEqual([
      'chart: trace-enricher reads DATABASE_URL, which says where a dependency is, and it is not set',
      'chart: trace-enricher reads MONGODB_URL, which says where a dependency is, and it is not set',
    ]);
  });

  it('lets a connection the deployment does not use stay unset, but not a variable without a default', () => {
    expect(envContractProblems('trace-enricher', ['KAFKA_BROKERS'], 'chart', all, { unused: new Set(['POSTGRES_URL']) })).toEqual([]);
    expect(envContractProblems('span-normalizer', ['KAFKA_BROKERS'], 'chart', all, { unused: new Set(['API_TOKEN']) })).toEqual([
      'chart: span-normalizer requires API_TOKEN (it has no default), which is not set',
    ]);
  });

  it('finds nothing wrong when the deployment sets what the app reads', () => {
    expect(envContractProblems('span-normalizer', ['KAFKA_BROKERS', 'API_TOKEN'], 'compose', all)).toEqual([]);
  });
});
