import { cmdlineMatches } from './pid-file';

describe('cmdlineMatches: whether a pid still runs what a pid file recorded', () => {
  const recorded = ['java', '-Xmx512m', 'kafka.Kafka', '/data/kafka/server.properties'];

  it('is true for the same argv', () => {
    expect(cmdlineMatches([...recorded], recorded)).toBe(true);
  });

  it('is true while the process is still setpriv, between fork and exec of the recorded argv', () => {
    expect(cmdlineMatches(['/usr/bin/setpriv', '--pdeathsig', 'SIGTERM', '--', ...recorded], recorded)).toBe(true);
  });

  it('is false for a reused pid running something else, or the same program on another folder', () => {
    expect(cmdlineMatches(['bash'], recorded)).toBe(false);
    expect(cmdlineMatches(['java', '-Xmx512m', 'kafka.Kafka', '/other/kafka/server.properties'], recorded)).toBe(false);
    expect(cmdlineMatches([...recorded, 'extra'], recorded)).toBe(false);
  });

  it('is false for a setpriv that runs something else, and for an empty record', () => {
    expect(cmdlineMatches(['setpriv', '--pdeathsig', 'SIGTERM', '--', 'sleep', '1'], recorded)).toBe(false);
    expect(cmdlineMatches(['setpriv', ...recorded], recorded)).toBe(false);
    expect(cmdlineMatches([], [])).toBe(false);
  });
});
