import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pollUntil } from '@tracehouse/testing';
import { acquireLock, processesUsing, readCmdline, stopLeftover, writePidFile, type ProcessRecord } from './pid-file';

const alive = (pid: number): boolean => readCmdline(pid) !== undefined;
/** A process that idles with `marker` among its arguments, as a server names its data folder. */
const IDLE = ['-e', 'setInterval(() => undefined, 1000)', '--'];

describe('pid files: a start finds what an earlier run left on its data folder, against real processes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tracehouse-pidfile-'));
  const started: ChildProcess[] = [];
  /** A detached process, as a killed launcher's server would be: not our child for long, and not in our group. */
  const leftover = (command: string, args: string[]): ChildProcess => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.unref();
    started.push(child);
    return child;
  };
  const record = (child: ChildProcess, argv: string[], stopSignal: NodeJS.Signals = 'SIGTERM'): ProcessRecord => ({
    name: 'server',
    pid: child.pid ?? 0,
    argv,
    stopSignal,
    startedAt: new Date().toISOString(),
  });
  afterAll(() => {
    for (const c of started) if (c.pid && alive(c.pid)) process.kill(c.pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops a recorded process that still runs, with its clean-stop signal, and removes the pid file', async () => {
    const child = leftover(process.execPath, [...IDLE, dir]);
    await pollUntil('the process to run', () => readCmdline(child.pid ?? 0)?.[0] === process.execPath, 5_000, 20);
    const file = join(dir, 'a.pid');
    writePidFile(file, record(child, [process.execPath, ...IDLE, dir], 'SIGINT'));
    const exited = new Promise<NodeJS.Signals | null>((r) => child.once('exit', (_c, s) => r(s)));
    expect(await stopLeftover(file, { graceMs: 5_000 })).toBe('stopped');
    expect(await exited).toBe('SIGINT');
    expect(existsSync(file)).toBe(false);
  });

  it('never signals a pid that now runs something else (a reused pid), and forgets the stale record', async () => {
    const child = leftover('sleep', ['302']);
    await pollUntil('sleep to run', () => readCmdline(child.pid ?? 0)?.[0] === 'sleep', 5_000, 20);
    const file = join(dir, 'b.pid');
    writePidFile(file, record(child, ['java', 'kafka.Kafka', join(dir, 'server.properties')]));
    expect(await stopLeftover(file, { graceMs: 1_000 })).toBe('none');
    expect(alive(child.pid ?? 0)).toBe(true);
    expect(existsSync(file)).toBe(false);
  });

  it('kills a recorded process that ignores its stop signal, once the grace time is over', async () => {
    // The ignored SIGTERM survives exec: sleep ignores it as a hung server would.
    const child = leftover('sh', ['-c', `trap '' TERM; exec sleep 303`]);
    await pollUntil('sleep to run', () => readCmdline(child.pid ?? 0)?.[0] === 'sleep', 5_000, 20);
    const file = join(dir, 'c.pid');
    writePidFile(file, record(child, ['sleep', '303']));
    const exited = new Promise<NodeJS.Signals | null>((r) => child.once('exit', (_c, s) => r(s)));
    expect(await stopLeftover(file, { graceMs: 500 })).toBe('killed');
    expect(await exited).toBe('SIGKILL');
  });

  it('finds processes by a folder among their arguments, not by a mere prefix of it', async () => {
    const inside = leftover(process.execPath, [...IDLE, `-Dlogs=${dir}/kafka/broker.log`]);
    const sibling = leftover(process.execPath, [...IDLE, `${dir}-other`]);
    const running = (pid = 0): boolean => readCmdline(pid)?.[0] === process.execPath;
    await pollUntil('both to run', () => running(inside.pid) && running(sibling.pid), 5_000, 20);
    const found = processesUsing(dir).map((p) => p.pid);
    expect(found).toContain(inside.pid);
    expect(found).not.toContain(sibling.pid);
  });

  it('lets one launcher hold a data folder: a second is refused, naming the holder and how to stop it; a dead holder is taken over', async () => {
    const holder = leftover('sleep', ['306']);
    await pollUntil('sleep to run', () => readCmdline(holder.pid ?? 0)?.[0] === 'sleep', 5_000, 20);
    const lock = join(dir, 'run', 'launcher.pid');
    acquireLock(lock, { ...record(holder, ['sleep', '306']), name: 'launcher' }, 'The data folder /x');
    expect(() => acquireLock(lock, record(holder, ['node', 'cli.js']), 'The data folder /x')).toThrow(
      `The data folder /x is in use by another launcher (pid ${holder.pid},`,
    );
    expect(() => acquireLock(lock, record(holder, ['node', 'cli.js']), 'The data folder /x')).toThrow(`Stop it with \`kill ${holder.pid}\``);
    process.kill(holder.pid ?? 0, 'SIGKILL');
    await pollUntil('the holder to be gone', () => !alive(holder.pid ?? 0), 5_000, 20);
    expect(() => acquireLock(lock, { ...record(holder, ['node', 'cli.js']), pid: process.pid }, 'The data folder /x')).not.toThrow();
  });
});
