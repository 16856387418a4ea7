import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, pollUntil } from '@tracehouse/testing';
import { readCmdline } from './pid-file';
import { setprivCommand } from './process';

const alive = (pid: number): boolean => readCmdline(pid) !== undefined;

describe('spawnTied: a server started by a process that dies, however it dies, stops', () => {
  it('is available here: setpriv (util-linux) is installed', () => {
    expect(setprivCommand()).toBeDefined();
  });

  it.each([['SIGKILL'], ['SIGTERM']] as const)('the child gets its death signal when its parent is killed with %s (no cleanup code of the parent runs)', async (signal) => {
    // A parent that starts a tied server, prints its pid, and has no signal handling of its own.
    const script = `
      const { spawnTied } = require(${JSON.stringify(join(REPO_ROOT, 'dist/tools/infra/src/process.js'))});
      const { child } = spawnTied('sleep', ['307'], { deathSignal: 'SIGTERM', stdio: 'ignore' });
      console.log(child.pid);
      setInterval(() => undefined, 1000);`;
    const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    parent.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await pollUntil('the parent to report its child', () => /^\d+\n/.test(out), 10_000, 20);
    const childPid = Number(out.trim());
    await pollUntil('the child to run sleep', () => readCmdline(childPid)?.[0] === 'sleep', 5_000, 20);
    parent.kill(signal);
    await pollUntil(`the child (pid ${childPid}) to be gone after its parent's ${signal}`, () => !alive(childPid), 10_000, 50);
  });
});
