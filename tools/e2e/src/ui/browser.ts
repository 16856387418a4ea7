// A small harness over playwright-core for the web UI's end-to-end tests and benchmark: Debian's
// Chromium (Playwright's own browser downloads do not work on these machines), a fixed laptop-sized
// viewport, console errors collected so a test can fail on them, screenshots into reports/ui/ and
// an axe-core accessibility check. playwright-core is the driver only; it downloads nothing.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '../pipeline';

/** Where Debian's `chromium` package puts the browser (scripts/setup.sh installs it). */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for a headless Chromium run as root inside a container: the sandbox needs user namespaces
 * the container does not grant, /dev/shm is small there, and there is no GPU.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-setuid-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--no-default-browser-check', '--mute-audio'] as const;

/** A laptop screen, as the issue asks the UI to work on. */
export const VIEWPORT = { width: 1366, height: 768 } as const;

/** WCAG 2.0 and 2.1, levels A and AA: the rule tags the accessibility check runs. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** The axe impacts that fail the check. */
export const BLOCKING_IMPACTS = ['serious', 'critical'] as const;

/** The browser binary: `CHROMIUM_PATH` when set, else Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** Starts headless Chromium; throws a message saying how to install it when the binary is absent. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is not at ${executablePath}: run scripts/setup.sh (it installs Debian's chromium package) or set CHROMIUM_PATH to a Chromium binary`);
  }
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}

/** A page with what went wrong in it recorded. */
export interface UiPage {
  readonly page: Page;
  /** Console errors and uncaught page exceptions, in order, each prefixed with the page URL. */
  readonly errors: string[];
  /** Throws when the page logged a console error or threw, listing them. */
  assertNoErrors(): void;
}

/**
 * A new page in its own context (no shared storage between tests) with the fixed viewport,
 * recording console errors and uncaught exceptions.
 */
export async function newUiPage(browser: Browser, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<UiPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: options.colorScheme ?? 'light', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: console error: ${message.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${page.url()}: uncaught ${err.name}: ${err.message}`));
  return {
    page,
    errors,
    assertNoErrors: () => {
      if (errors.length > 0) throw new Error(`the page logged ${errors.length} error(s):\n${errors.join('\n')}`);
    },
  };
}

/** Saves a full-page screenshot as reports/ui/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, root: string = REPO_ROOT): Promise<string> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screenshot name "${name}" must be lowercase letters, digits and dashes`);
  const path = join(root, 'reports', 'ui', `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** One axe rule that failed, with where. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly helpUrl: string;
  /** CSS selectors of the failing elements (the first few). */
  readonly targets: string[];
}

/** The slice of axe's result this harness reads (axe-core's `AxeResults`). */
interface AxeRunResult {
  violations: Array<{ id: string; impact?: string | null; help: string; helpUrl: string; nodes: Array<{ target: unknown[] }> }>;
}
interface AxeWindow {
  axe?: { run(context: unknown, options: unknown): Promise<AxeRunResult> };
  document: unknown;
}

/**
 * Runs axe-core (from node_modules, injected into the page: nothing is fetched) over the whole
 * page with the WCAG 2 A/AA rules and returns the serious and critical violations.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async (tags: string[]) => {
    const w = globalThis as unknown as AxeWindow;
    if (!w.axe) throw new Error('axe-core did not load into the page');
    const result = await w.axe.run(w.document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, helpUrl: v.helpUrl, targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')) }));
  }, [...AXE_TAGS]);
  return violations.filter((v) => (BLOCKING_IMPACTS as readonly string[]).includes(v.impact));
}

/** One line per violation, for a failure message a reader can act on. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.helpUrl}) at ${v.targets.join(', ')}`).join('\n');
}
