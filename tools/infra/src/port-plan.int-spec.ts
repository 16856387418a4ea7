import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pollUntil } from '@tracehouse/testing';
import { readCmdline, type ProcessRecord } from './pid-file';
import { PortClaims } from './port-plan';

describe('PortClaims: two launchers starting at once never pick the same port', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tracehouse-claims-'));
  const others: ChildProcess[] = [];
  afterAll(() => {
    for (const c of others) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  /** Another launcher, as a real process with its own record. */
  async function otherLauncher(): Promise<ProcessRecord> {
    const argv = [process.execPath, '-e', 'setInterval(() => undefined, 1000)', '--', 'other-launcher'];
    const child = spawn(argv[0] ?? '', argv.slice(1), { stdio: 'ignore' });
    others.push(child);
    await pollUntil('the other launcher to run', () => readCmdline(child.pid ?? 0)?.at(-1) === 'other-launcher', 5_000, 20);
    return { name: 'launcher', pid: child.pid ?? 0, argv, stopSignal: 'SIGTERM', startedAt: new Date().toISOString() };
  }
  const self: ProcessRecord = { name: 'launcher', pid: process.pid, argv: readCmdline(process.pid) ?? [], stopSignal: 'SIGTERM', startedAt: new Date().toISOString() };

  it("refuses a port a running launcher claimed, takes it once that launcher is gone, and gives back only its own at stop", async () => {
    const otherRecord = await otherLauncher();
    const other = new PortClaims(otherRecord, dir);
    const mine = new PortClaims(self, dir);
    expect(other.tryClaim(40001)).toBe(true);
    expect(mine.tryClaim(40001)).toBe(false);
    expect(mine.tryClaim(40002)).toBe(true);
    expect(mine.tryClaim(40002)).toBe(true);
    expect(other.tryClaim(40002)).toBe(false);

    // The other launcher killed with SIGKILL: its claim is stale, never cleaned up, and ignored.
    const child = others[0];
    child?.kill('SIGKILL');
    await pollUntil('the other launcher to be gone', () => readCmdline(otherRecord.pid) === undefined, 5_000, 20);
    expect(mine.tryClaim(40001)).toBe(true);

    mine.releaseAll();
    expect(new PortClaims({ ...self, pid: 1, argv: ['not-running'] }, dir).tryClaim(40002)).toBe(true);
  });
});
