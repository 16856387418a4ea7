import { ConfigError } from '@tracehouse/config';
import { loadTraceEnricherConfig } from './trace-enricher.config';

describe('trace-enricher configuration', () => {
  it('defaults to the PostgreSQL entity store', () => {
    const config = loadTraceEnricherConfig({});
    expect(config).toMatchObject({ DOCUMENT_STORE: 'postgres', DATABASE_URL: 'postgres://tracehouse@127.0.0.1:5432/tracehouse', ENTITY_STORE_SCHEMA: 'tracehouse', ENRICHER_MAX_APIS_PER_SERVICE: 1000, ADMIN_PORT: 8084 });
    expect(config.MONGODB_URL).toBeUndefined();
  });

  it('accepts MongoDB with a URL', () => {
    expect(loadTraceEnricherConfig({ DOCUMENT_STORE: 'mongodb', MONGODB_URL: 'mongodb://m1:27017/th' })).toMatchObject({ DOCUMENT_STORE: 'mongodb', MONGODB_URL: 'mongodb://m1:27017/th' });
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadTraceEnricherConfig({ DOCUMENT_STORE: 'redis', DATABASE_URL: 'mysql://x', ENTITY_CACHE_MAX: '5', ENTITY_STORE_SCHEMA: 'Bad-Name' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('DOCUMENT_STORE: must be postgres or mongodb (got "redis")');
    expect(message).toContain('DATABASE_URL: must be a URL (postgres, postgresql) (got "mysql://x")');
    expect(message).toContain('ENTITY_CACHE_MAX: must be an integer from 100 to 10000000 (got "5")');
    expect(message).toContain('ENTITY_STORE_SCHEMA: must be a plain PostgreSQL identifier');
  });

  it('requires MONGODB_URL when the store is MongoDB', () => {
    expect(() => loadTraceEnricherConfig({ DOCUMENT_STORE: 'mongodb' })).toThrow('MONGODB_URL: is required when DOCUMENT_STORE=mongodb: set it to mongodb://host:port/database');
  });
});
