import { describeMoves, HelpRequested, parseReplayArgs, parseSince, planReplay } from './replay-plan';

const NOW = Date.parse('2026-12-04T12:00:00Z');

describe('parseSince', () => {
  it('reads durations back from now', () => {
    expect(parseSince('6h', NOW)).toBe(Date.parse('2026-12-04T06:00:00Z'));
    expect(parseSince('90m', NOW)).toBe(Date.parse('2026-12-04T10:30:00Z'));
    expect(parseSince('2d', NOW)).toBe(Date.parse('2026-12-02T12:00:00Z'));
    expect(parseSince('1500ms', NOW)).toBe(NOW - 1500);
  });
  it('reads ISO times with a zone', () => {
    expect(parseSince('2026-12-04T06:00:00Z', NOW)).toBe(Date.parse('2026-12-04T06:00:00Z'));
    expect(parseSince('2026-12-04T07:00:00+01:00', NOW)).toBe(Date.parse('2026-12-04T06:00:00Z'));
  });
  it('rejects zone-less times and nonsense, naming the value', () => {
    expect(() => parseSince('2026-12-04T06:00:00', NOW)).toThrow(/--since "2026-12-04T06:00:00"/);
    expect(() => parseSince('yesterday', NOW)).toThrow(/--since "yesterday"/);
    expect(() => parseSince('6w', NOW)).toThrow(/duration/);
  });
});

describe('parseReplayArgs', () => {
  it('parses the three options and --dry-run, with or without =', () => {
    expect(parseReplayArgs(['--group', 'g', '--topic=t', '--since', '1h', '--dry-run'], NOW)).toEqual({ groupId: 'g', topic: 't', sinceMs: NOW - 3_600_000, dryRun: true });
    expect(parseReplayArgs(['--group=g', '--topic', 't', '--since=2026-12-04T11:00:00Z'], NOW).dryRun).toBe(false);
  });
  it('names what is missing or unknown', () => {
    expect(() => parseReplayArgs(['--group', 'g'], NOW)).toThrow(/missing --topic, --since/);
    expect(() => parseReplayArgs(['--group', 'g', '--topic', 't', '--since', '1h', '--force'], NOW)).toThrow(/unknown argument "--force"/);
    expect(() => parseReplayArgs(['--group', '--topic', 't'], NOW)).toThrow(/--group needs a value/);
  });
  it('refuses a time in the future', () => {
    expect(() => parseReplayArgs(['--group', 'g', '--topic', 't', '--since', '2026-12-05T00:00:00Z'], NOW)).toThrow(/in the future/);
  });
  it('answers --help with the usage', () => {
    expect(() => parseReplayArgs(['--help'], NOW)).toThrow(HelpRequested);
  });
});

describe('planReplay', () => {
  it('moves each partition to the offset found for the time, keeping the old one for the report', () => {
    const moves = planReplay(
      [
        { partition: 1, offset: '50' },
        { partition: 0, offset: '120' },
      ],
      [
        { partition: 0, offset: '40' },
        { partition: 1, offset: '50' },
      ],
    );
    expect(moves).toEqual([
      { partition: 0, from: 120n, to: 40n },
      { partition: 1, from: 50n, to: 50n },
    ]);
    expect(describeMoves('t', moves)).toEqual(['t partition 0: 120 -> 40', 't partition 1: 50 -> 50 (unchanged)']);
  });
  it('never moves a group forward past records it has not read', () => {
    expect(planReplay([{ partition: 0, offset: '10' }], [{ partition: 0, offset: '40' }])).toEqual([{ partition: 0, from: 10n, to: 10n }]);
  });
  it('sets partitions the group never committed (-1) to the offset for the time', () => {
    expect(planReplay([{ partition: 0, offset: '-1' }], [{ partition: 0, offset: '7' }])).toEqual([{ partition: 0, from: undefined, to: 7n }]);
    expect(describeMoves('t', [{ partition: 0, from: undefined, to: 7n }])).toEqual(['t partition 0: none -> 7']);
  });
});
