import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

/** Lints `code` as if it were the file at `path`, with the workspace rules (minus type-aware ones). */
function lint(path: string, code: string): string[] {
  let stdout: string;
  try {
    stdout = execFileSync(resolve(root, 'node_modules/.bin/eslint'), ['--config', 'tools/workspace/eslint.untyped.mjs', '--format', 'json', '--stdin', '--stdin-filename', path], {
      cwd: root,
      input: code,
      env: { ...process.env, NX_DAEMON: 'false' },
    }).toString();
  } catch (err) {
    // ESLint exits 1 when it reports errors; its JSON is still on stdout.
    stdout = String((err as { stdout?: Buffer }).stdout ?? '');
  }
  const [result] = JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('module boundaries (the rules must actually restrict something)', () => {
  beforeAll(() => {
    // The Nx rule reads the project graph; compute it as `npm run lint` does.
    execFileSync(resolve(root, 'node_modules/.bin/nx'), ['show', 'projects'], { cwd: root, env: { ...process.env, NX_DAEMON: 'false' }, stdio: 'ignore' });
  }, 60_000);

  it('forbids an app importing another app', () => {
    const messages = lint('apps/span-normalizer/src/x.ts', "import { CollectorModule } from '../../collector/src/collector.module';\nexport const x = CollectorModule;\n");
    expect(messages.some((m) => m.startsWith('@nx/enforce-module-boundaries'))).toBe(true);
  });

  it('forbids a contract library depending on a core library', () => {
    const messages = lint('libs/model/src/x.ts', "import { loadConfig } from '@tracehouse/config';\nexport const x = loadConfig;\n");
    expect(messages.some((m) => m.startsWith('@nx/enforce-module-boundaries'))).toBe(true);
  });

  it('forbids testing helpers in shipped code but allows them in specs', () => {
    const code = "import { pollUntil } from '@tracehouse/testing';\nexport const x = pollUntil;\n";
    expect(lint('libs/stage-runtime/src/x.ts', code)).toContainEqual(expect.stringContaining('Testing helpers are for specs only'));
    expect(lint('libs/stage-runtime/src/x.int-spec.ts', code)).toEqual([]);
  });

  it('forbids deep imports and `export *`', () => {
    expect(lint('apps/collector/src/x.ts', "import { Mutex } from '@tracehouse/stage-runtime/mutex';\nexport const x = Mutex;\n")).toContainEqual(expect.stringContaining('through its index'));
    expect(lint('libs/config/src/x.ts', "export * from './ports';\n")).toContainEqual(expect.stringContaining('Name the exports'));
  });

  it('allows an app to use shared libraries through their index', () => {
    expect(lint('apps/collector/src/x.ts', "import { loadConfig } from '@tracehouse/config';\nexport const x = loadConfig;\n")).toEqual([]);
  });
});
