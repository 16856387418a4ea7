// Pid files: what a run started, written beside the data it uses, so that the next start on the
// same data folder can find what an earlier run left running (its launcher killed in a way no
// cleanup code survives) and stop it, instead of timing out on a held data folder.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** What a pid file says about one process the project started. */
export interface ProcessRecord {
  /** What it is, for messages: `kafka`, `postgres`, `collector`, `launcher`, ... */
  readonly name: string;
  readonly pid: number;
  /**
   * Its argv as exec'd: /proc/<pid>/cmdline must still read the same before anything signals the
   * pid, since a pid is reused once its process is gone.
   */
  readonly argv: readonly string[];
  /** The signal that stops it cleanly: SIGTERM, or SIGINT for PostgreSQL's fast shutdown. */
  readonly stopSignal: NodeJS.Signals;
  /** ISO time it was started, for messages. */
  readonly startedAt: string;
}

/** The argv of a running process from /proc, or undefined when there is none (or only a zombie, whose cmdline is empty). */
export function readCmdline(pid: number): string[] | undefined {
  try {
    const raw = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!raw) return undefined;
    return raw.replace(/\0$/, '').split('\0');
  } catch {
    return undefined;
  }
}

/**
 * Whether a process's live argv is the recorded one. Also true while it is still `setpriv ... --
 * <argv>` (between fork and exec, see spawnTied), since that is the same start.
 */
export function cmdlineMatches(live: readonly string[], recorded: readonly string[]): boolean {
  if (recorded.length === 0) return false;
  const same = (a: readonly string[]): boolean => a.length === recorded.length && a.every((v, i) => v === recorded[i]);
  if (same(live)) return true;
  if (basename(live[0] ?? '') !== 'setpriv') return false;
  const sep = live.indexOf('--');
  return sep > 0 && same(live.slice(sep + 1));
}

/** Whether the recorded process still runs (same pid, same argv). */
export function isRunning(record: ProcessRecord): boolean {
  const live = readCmdline(record.pid);
  return live !== undefined && cmdlineMatches(live, record.argv);
}

function parseRecord(text: string): ProcessRecord | undefined {
  try {
    const value = JSON.parse(text) as Partial<ProcessRecord>;
    if (typeof value.name !== 'string' || !Number.isInteger(value.pid) || !Array.isArray(value.argv) || typeof value.stopSignal !== 'string') return undefined;
    return value as ProcessRecord;
  } catch {
    return undefined;
  }
}

/** Reads a pid file; undefined when there is none or it is unreadable (a launcher killed mid-write). */
export function readPidFile(file: string): ProcessRecord | undefined {
  try {
    return parseRecord(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Writes a pid file atomically (a rename), so a reader never sees half of one. */
export function writePidFile(file: string, record: ProcessRecord): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(record)}\n`);
  renameSync(tmp, file);
}

/** Removes a pid file (a clean stop); no error when it is already gone. */
export function removePidFile(file: string): void {
  rmSync(file, { force: true });
}

/** The pid files (`*.pid`) in a folder, for a start that looks for what an earlier run left. */
export function pidFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.pid')).map((f) => `${dir}/${f}`);
  } catch {
    return [];
  }
}

const gone = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  // A zombie still answers kill(0) until reaped; it holds nothing any more.
  return readCmdline(pid) === undefined;
};

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (gone(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return gone(pid);
}

/** What {@link stopLeftover} found and did. */
export type LeftoverOutcome = 'none' | 'stopped' | 'killed';

/**
 * Stops the process a pid file records if it still runs (checked against its argv, so a reused pid
 * is never signalled): its clean-stop signal, then SIGKILL after `graceMs`. Removes the pid file.
 */
export async function stopLeftover(file: string, options: { graceMs: number; log?: (line: string) => void }): Promise<LeftoverOutcome> {
  const record = readPidFile(file);
  if (!record || !isRunning(record)) {
    removePidFile(file);
    return 'none';
  }
  options.log?.(`${record.name} (pid ${record.pid}, started ${record.startedAt}) is still running from an earlier run; stopping it with ${record.stopSignal}`);
  process.kill(record.pid, record.stopSignal);
  let outcome: LeftoverOutcome = 'stopped';
  if (!(await waitGone(record.pid, options.graceMs))) {
    options.log?.(`${record.name} (pid ${record.pid}) did not stop within ${options.graceMs} ms; killing it`);
    if (isRunning(record)) process.kill(record.pid, 'SIGKILL');
    await waitGone(record.pid, 10_000);
    outcome = 'killed';
  }
  removePidFile(file);
  return outcome;
}

/** A process whose argv names something, found by {@link processesUsing}. */
export interface FoundProcess {
  readonly pid: number;
  readonly argv: readonly string[];
}

/**
 * Every descendant pid of `pid` (children, their children, ...), from `ps`: how a test proves that
 * nothing a launcher started outlives it, including processes that name no data folder (PostgreSQL's
 * backends).
 */
export function descendants(pid: number): number[] {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=']).toString().trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
  const out: number[] = [];
  const walk = (parent: number): void => {
    for (const [child, ppid] of table) {
      if (ppid === parent && child !== undefined) {
        out.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return out;
}

/**
 * Every other process with `path` as one of its arguments, or inside one (`-Dx=<path>/...`), found
 * by scanning /proc: how a start tells which process holds a data folder that no pid file names.
 */
export function processesUsing(path: string): FoundProcess[] {
  const out: FoundProcess[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    const argv = readCmdline(pid);
    if (argv?.some((a) => a === path || a.includes(`${path}/`) || a.endsWith(`=${path}`))) out.push({ pid, argv });
  }
  return out;
}

/**
 * Takes the lock of a data folder: a pid file created exclusively, so two starts on one folder
 * cannot both run. A lock whose process is gone (or whose pid now runs something else) is stale
 * and taken over. Throws, naming the holder and how to stop it, when it is held.
 */
export function acquireLock(file: string, record: ProcessRecord, what: string): void {
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${JSON.stringify(record)}\n`);
      closeSync(fd);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readPidFile(file);
    if (holder && isRunning(holder)) {
      throw new Error(
        `${what} is in use by another ${holder.name} (pid ${holder.pid}, started ${holder.startedAt}: ${holder.argv.join(' ')}). ` +
          `Stop it with \`kill ${holder.pid}\` (it stops everything it started), or run this one on another folder (TRACEHOUSE_DATA_DIR).`,
      );
    }
    removePidFile(file);
  }
  throw new Error(`Could not take the lock ${file}: another start took it at the same moment`);
}
