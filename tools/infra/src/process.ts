import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

/** Runs a command to completion and resolves with its stdout; rejects naming the command and its stderr. */
export function run(command: string, args: readonly string[], options: SpawnOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (err) => reject(new Error(`Could not run ${command}: ${err.message}`, { cause: err })));
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${(stderr || stdout).trim().slice(-2000)}`));
    });
  });
}

/** Whether an executable is on PATH. */
export async function which(command: string): Promise<string | undefined> {
  try {
    return (await run('sh', ['-c', `command -v ${command}`])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The kernel's range for outgoing connections' local ports (`ip_local_port_range`), or Linux's default. */
function ephemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (low !== undefined && high !== undefined && Number.isInteger(low) && Number.isInteger(high)) return [low, high];
  } catch {
    // Not Linux, or /proc not mounted: assume the default range.
  }
  return [32_768, 60_999];
}

/** The lowest port {@link freePort} hands out: clear of the well-known and registered ports in use here. */
const FREE_PORT_MIN = 10_000;

/**
 * A port nothing listens on now, for a server started a moment later. It is picked at random below
 * the kernel's ephemeral range: a port the kernel handed out (port 0) could be taken, before the
 * server binds it, by any outgoing connection on the machine (in a CI run with tests side by side,
 * the collector's admin port was taken that way: EADDRINUSE), while ports below that range are
 * only ever taken by explicit binds. Falls back to the kernel's choice when that range is too small.
 */
export async function freePort(): Promise<number> {
  const max = ephemeralRange()[0] - 1;
  if (max - FREE_PORT_MIN >= 1_000) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const port = FREE_PORT_MIN + Math.floor(Math.random() * (max - FREE_PORT_MIN + 1));
      if (await portIsFree(port)) return port;
    }
  }
  return kernelPort();
}

/** A port the kernel picks (bind to port 0, then release it). */
function kernelPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Whether nothing listens on `port` (any address, IPv4 or IPv6), so a server can bind it. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((res) => {
    const server = createServer();
    server.unref();
    server.once('error', () => res(false));
    // No host: the dual-stack wildcard, which collides with a listener on any address of the port.
    server.listen(port, () => server.close(() => res(true)));
  });
}

/** Whether nothing is bound to UDP `port` (any address, IPv4 or IPv6), so a UDP receiver can bind it. */
export function udpPortIsFree(port: number): Promise<boolean> {
  return new Promise((res) => {
    // udp6 without ipv6Only binds the dual-stack wildcard, colliding with a socket on any address.
    const socket = createSocket({ type: 'udp6' });
    socket.unref();
    socket.once('error', () => res(false));
    socket.bind(port, () => socket.close(() => res(true)));
  });
}

/**
 * Polls `check` until it resolves true or `timeoutMs` passes; the error names `what`. An aborted
 * `signal` ends the wait at once with the signal's reason.
 */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, intervalMs = 250, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    try {
      if (await check()) return;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`, { cause: lastError });
}

/**
 * Sends `signal` (SIGTERM unless given: PostgreSQL's fast shutdown is SIGINT) to a child, then
 * SIGKILL after `graceMs`; resolves once it has exited.
 */
export async function stopChild(child: ChildProcess, graceMs = 15_000, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/**
 * An AbortSignal that fires when `child` exits, with an error naming `what` and where to look, for a
 * start-up wait to end at once when the server died instead of waiting out its timeout; combined
 * with `also` (the caller's own abort) when given.
 */
export function untilExit(child: ChildProcess, what: string, seeAlso: string, also?: AbortSignal): AbortSignal {
  const controller = new AbortController();
  child.once('exit', (code, signal) => controller.abort(new Error(`${what} exited with ${code ?? signal} while starting; see ${seeAlso}`)));
  return also ? AbortSignal.any([controller.signal, also]) : controller.signal;
}

/** Finds an executable on PATH synchronously (for decisions made while spawning). */
function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return join(dir, command);
    } catch {
      // Not in this folder: try the next one.
    }
  }
  return undefined;
}

let setprivPath: string | null | undefined;
/** util-linux's `setpriv` when it is installed (every Debian/Ubuntu has it; macOS has not). */
export function setprivCommand(): string | undefined {
  if (setprivPath === undefined) setprivPath = process.platform === 'linux' ? (findOnPath('setpriv') ?? null) : null;
  return setprivPath ?? undefined;
}

/** Options of {@link spawnTied}. */
export interface SpawnTiedOptions extends SpawnOptions {
  /** What the kernel sends the child when this process dies: its clean-stop signal. */
  readonly deathSignal: NodeJS.Signals;
  /** Run as this user (by name), e.g. PostgreSQL's `postgres` when this process is root. */
  readonly user?: string;
}

/**
 * Spawns a server whose life is tied to this process: when this process dies, however it dies
 * (SIGKILL and crashes included), the kernel sends the child `deathSignal`.
 *
 * Why `setpriv --pdeathsig` (util-linux, on every Debian): it sets prctl(PR_SET_PDEATHSIG) and then
 * execs the server, so no extra process sits between us and it, the pid we get is the server's own
 * (pid files and signals go straight to it), and the guarantee comes from the kernel rather than
 * from code that must still run after a SIGKILL. A watchdog process holding a pipe would do the
 * same with one more process per server and its own way to die. Limits, and what covers them:
 * the signal fires when the *thread* that spawned the child ends — Node spawns from its main
 * thread, which lives as long as the process; a parent that dies in the microseconds between fork
 * and prctl is not noticed — the pid files let the next start stop what is left (pid-file.ts);
 * without setpriv (not Linux) the child is spawned plainly, with the same pid-file safety net.
 * With `user`, setpriv changes the user before setting the signal (a change of user clears it).
 * The child gets its own session (`detached`): Ctrl-C and a terminal's hang-up reach the parent
 * only, which stops its servers in order (apps before the broker they flush into).
 *
 * Returns the child and the argv the server runs with (what /proc/<pid>/cmdline shows after exec).
 */
export function spawnTied(command: string, args: readonly string[], options: SpawnTiedOptions): { child: ChildProcess; argv: string[] } {
  const { deathSignal, user, ...rest } = options;
  const spawnOptions: SpawnOptions = { detached: true, ...rest };
  const setpriv = setprivCommand();
  const argv = [command, ...args];
  if (setpriv) {
    const asUser = user ? ['--reuid', user, '--regid', user, '--init-groups'] : [];
    return { child: spawn(setpriv, [...asUser, '--pdeathsig', deathSignal, '--', ...argv], spawnOptions), argv };
  }
  if (user) return { child: spawn('runuser', ['-u', user, '--', ...argv], spawnOptions), argv: ['runuser', '-u', user, '--', ...argv] };
  return { child: spawn(command, args, spawnOptions), argv };
}
