import { z } from 'zod';
import { ConfigError, loadConfig } from './load-config';
import { env } from './env-types';
import { kafkaSchema, serviceSchema } from './common-config';

const schema = z.object({ ...serviceSchema('collector'), ...kafkaSchema, SAMPLE: env.number(0, 100).default(100), NEEDED: z.string() });

describe('loadConfig', () => {
  it('applies defaults and parses typed values', () => {
    const config = loadConfig('collector', schema, { NEEDED: 'x', KAFKA_BROKERS: 'a:1, b:2', KAFKA_SSL: 'yes', SAMPLE: '12.5' });
    expect(config.ADMIN_PORT).toBe(8081);
    expect(config.KAFKA_BROKERS).toEqual(['a:1', 'b:2']);
    expect(config.KAFKA_SSL).toBe(true);
    expect(config.SAMPLE).toBe(12.5);
    expect(config.LOG_LEVEL).toBe('info');
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig('collector', schema, { NEEDED: 'x', ADMIN_PORT: '' }).ADMIN_PORT).toBe(8081);
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig('collector', schema, { ADMIN_PORT: '70000', KAFKA_BROKERS: 'nohostport', LOG_LEVEL: 'loud', SAMPLE: 'abc' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const ce = error as ConfigError;
    expect(ce.issues.map((i) => i.variable).sort()).toEqual(['ADMIN_PORT', 'KAFKA_BROKERS', 'LOG_LEVEL', 'NEEDED', 'SAMPLE']);
    expect(ce.message).toContain('ADMIN_PORT: must be an integer from 1 to 65535 (got "70000")');
    expect(ce.message).toContain('KAFKA_BROKERS: must be host:port[,host:port] (got "nohostport")');
    expect(ce.message).toContain('NEEDED: is required but not set');
    expect(ce.message).toContain('LOG_LEVEL: must be one of');
  });

  it('rejects an empty broker list with the message the style guide asks for', () => {
    expect(() => loadConfig('collector', schema, { NEEDED: 'x', KAFKA_BROKERS: ' , ' })).toThrow('KAFKA_BROKERS: is empty: set it to host:port[,host:port]');
  });
});
