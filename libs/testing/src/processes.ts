import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** The repository root (tests run from anywhere under it). */
export const REPO_ROOT = resolve(__dirname, '../../..');

/** A child process started by a test, with its output kept for assertions and failure messages. */
export interface TestProcess {
  readonly child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or signal name) once it exits. */
  readonly exited: Promise<number | string>;
  /** SIGKILL, no cleanup: a crash. */
  kill9(): Promise<number | string>;
  /** SIGTERM and wait. */
  terminate(): Promise<number | string>;
}

/** Runs a compiled script of the workspace (`dist/<path>.js`, built by the integration global setup). */
export function startScript(distPath: string, env: Record<string, string>, args: string[] = [], nodeArgs: readonly string[] = []): TestProcess {
  const child = spawn(process.execPath, [...nodeArgs, resolve(REPO_ROOT, 'dist', distPath), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | string>((res) => child.once('exit', (code, signal) => res(code ?? signal ?? 'unknown')));
  return {
    child,
    output: () => output,
    exited,
    kill9: () => {
      child.kill('SIGKILL');
      return exited;
    },
    terminate: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
