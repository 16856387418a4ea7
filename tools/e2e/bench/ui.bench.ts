// Benchmark of the web UI in Debian's Chromium on this machine (issue 14's figures), against the
// query API serving synthetic rows written straight into the view store (embedded chdb through
// trace-store's writer; no pipeline):
//   (a) a 1,000-span trace: navigation to the trace view interactive (rows rendered, then a click
//       on the root's span-toggle handled and rendered);
//   (b) a 10,000-span trace: scrolling through it top to bottom and back, and expanding/collapsing
//       subtrees and the root: requestAnimationFrame deltas (p50/p95/max), long tasks
//       (PerformanceObserver), and each toggle's time to the next frame after the DOM changed;
//   (c) home and map with 50 services and 200 APIs: navigation to all 50 service rows / map
//       nodes rendered;
//   (d) JavaScript the home page loads, each file gzipped (zlib, level 6 as servers compress on
//       the fly) and summed.
// Every page load is cold (a fresh browser context: no cache), times are the page's own clock from
// navigation start (performance.now()), medians of RUNS loads after one warm-up. Figures, never
// assertions: the floors are compared in the report (reports/ui-bench.{md,json}).
//
//   npm run bench:ui                # builds (UI included), then measures
//   RUNS=9 npm run bench:ui
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { QueryApi, type QueryApiOptions } from '@tracehouse/query-api';
import { ClickHouseViewWriter, LogsReader, TraceReader, TraceStore, ViewBatch, type ViewRows } from '@tracehouse/trace-store';
import { REPO_ROOT } from '../src/pipeline';
import { chromiumPath, launchChromium, newUiPage, VIEWPORT } from '../src/ui/browser';
import { bigTrace, landscape } from '../src/ui/synthetic-views';

const RUNS = Number(process.env.RUNS ?? 5);
const TENANT = 'default';
const SERVICES = 50;
const APIS_PER_SERVICE = 4;
const LANDSCAPE_TRACES = Number(process.env.LANDSCAPE_TRACES ?? 6_000);
const UI_DIR = process.env.UI_DIR ?? join(REPO_ROOT, 'dist/apps/ui/public');
const TRACE_1K = 'b1000000000000000000000000000001';
const TRACE_10K = 'b1000000000000000000000000000010';

/** The floors of issue 14, and what "smooth" is taken to mean here. */
const FLOORS = {
  trace1kInteractiveMs: 1_000,
  /** Smooth: at least 30 frames a second for 95% of frames while scrolling... */
  scrollFrameP95Ms: 1_000 / 30,
  /** ...and an expand/collapse answered within 100 ms (RAIL's response budget). */
  toggleP95Ms: 100,
  homeLoadMs: 1_000,
  mapLoadMs: 1_000,
  firstPageJsGzipKb: 300,
} as const;

function percentiles(samples: readonly number[]): { n: number; p50: number; p95: number; max: number; mean: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? 0;
  const round = (v: number): number => Math.round(v * 10) / 10;
  return { n: s.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1] ?? 0), mean: round(s.reduce((a, b) => a + b, 0) / (s.length || 1)) };
}

// Page-side code is passed as source text: the workspace compiles without the DOM library, and
// these few lines are clearer as the JavaScript the page runs than wrapped in casts.
/** Installed before any page script: a long-task log and `__bench.until(predicate)`, resolved at the next frame after the DOM satisfies it. */
const INIT_SCRIPT = `(() => {
  const bench = { longTasks: [] };
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  } catch (e) { bench.longTaskError = String(e); }
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  bench.frame = frame;
  bench.until = (predicate, timeoutMs) => new Promise((resolve, reject) => {
    const check = () => { try { return !!predicate(); } catch { return false; } };
    if (check()) { frame().then(resolve); return; }
    const observer = new MutationObserver(() => { if (check()) { observer.disconnect(); clearTimeout(timer); frame().then(resolve); } });
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('timed out after ' + timeoutMs + ' ms')); }, timeoutMs);
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });
  window.__bench = bench;
})();`;

const rowsSelector = '[data-testid="span-row"]';

/** Navigation start -> `count(selector) >= n` rendered, on the page's clock (ms). */
async function loadUntil(page: Page, url: string, selector: string, n: number): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  try {
    return (await page.evaluate(`window.__bench.until(() => document.querySelectorAll(${JSON.stringify(selector)}).length >= ${n}, 20000)`)) as number;
  } catch (err) {
    const found = await page.locator(selector).count().catch(() => -1);
    throw new Error(`${url}: waited for ${n} of ${selector}, found ${found}`, { cause: err });
  }
}

async function coldPage(browser: Browser): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const ui = await newUiPage(browser);
  await ui.page.addInitScript({ content: INIT_SCRIPT });
  return { page: ui.page, errors: ui.errors, close: () => ui.page.context().close() };
}

/** (a) navigation -> rows rendered -> a click on the root's toggle handled and rendered. */
async function traceInteractive(browser: Browser, base: string): Promise<{ rowsMs: number; interactiveMs: number; rowsInDom: number; errors: string[] }> {
  const { page, errors, close } = await coldPage(browser);
  try {
    const rowsMs = await loadUntil(page, `${base}/trace/${TRACE_1K}`, '[data-testid="span-row"] [data-testid="span-toggle"]', 1);
    const result = (await page.evaluate(`(async () => {
      const rows = () => document.querySelectorAll('${rowsSelector}').length;
      const before = rows();
      const firstRow = () => document.querySelector('${rowsSelector}');
      const expanded = () => firstRow() && firstRow().outerHTML;
      const was = expanded();
      document.querySelector('${rowsSelector} [data-testid="span-toggle"]').click();
      const at = await window.__bench.until(() => rows() !== before || expanded() !== was, 10000);
      return { interactiveMs: at, rowsInDom: before };
    })()`)) as { interactiveMs: number; rowsInDom: number };
    return { rowsMs, ...result, errors };
  } finally {
    await close();
  }
}

interface SmoothResult {
  rowsMs: number;
  scrollFrames: ReturnType<typeof percentiles>;
  toggleMs: ReturnType<typeof percentiles>;
  rootCollapseMs: number;
  rootExpandMs: number;
  longTasks: { count: number; totalMs: number; maxMs: number };
  scrolledPx: number;
  lastRowAtBottom: string;
  errors: string[];
}

/** (b) a 10,000-span trace: scroll top -> bottom -> top, toggle subtrees and the root. */
async function traceSmooth(browser: Browser, base: string): Promise<SmoothResult> {
  const { page, errors, close } = await coldPage(browser);
  try {
    const rowsMs = await loadUntil(page, `${base}/trace/${TRACE_10K}`, rowsSelector, 1);
    // Let loading settle, so its long tasks are not counted as the interaction's.
    await page.waitForLoadState('networkidle');
    const r = (await page.evaluate(`(async () => {
      const b = window.__bench;
      const firstLongTask = b.longTasks.length;
      const rows = () => document.querySelectorAll('${rowsSelector}');
      let el = rows()[0];
      while (el && el !== document.body) {
        const style = getComputedStyle(el);
        if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) break;
        el = el.parentElement;
      }
      const scroller = el && el !== document.body ? el : document.scrollingElement;
      const frames = [];
      let last = await b.frame();
      const frameStep = async () => { const t = await b.frame(); frames.push(t - last); last = t; };
      const height = scroller.scrollHeight - scroller.clientHeight;
      const STEPS = 300;
      for (let i = 1; i <= STEPS; i++) { scroller.scrollTop = Math.round((height * i) / STEPS); await frameStep(); }
      await frameStep();
      const lastRows = rows();
      const lastRowAtBottom = lastRows.length ? lastRows[lastRows.length - 1].getAttribute('data-span-id') : '';
      for (let i = STEPS - 1; i >= 0; i--) { scroller.scrollTop = Math.round((height * i) / STEPS); await frameStep(); }
      await frameStep();
      // Each toggle: click -> the trace view's DOM changes -> the next frame.
      const view = document.querySelector('[data-testid="trace-view"]') || document.body;
      const toggleOnce = async (button) => {
        const t0 = performance.now();
        let changed = false;
        const observer = new MutationObserver(() => { changed = true; });
        observer.observe(view, { childList: true, subtree: true, attributes: true });
        button.click();
        await b.until(() => changed, 5000);
        observer.disconnect();
        return performance.now() - t0;
      };
      const toggles = [];
      for (let i = 1; i <= 10; i++) {
        const buttons = document.querySelectorAll('${rowsSelector} [data-testid="span-toggle"]');
        const button = buttons[Math.min(buttons.length - 1, i)];
        if (!button) break;
        toggles.push(await toggleOnce(button));
        const again = document.querySelectorAll('${rowsSelector} [data-testid="span-toggle"]')[Math.min(buttons.length - 1, i)];
        if (again) toggles.push(await toggleOnce(again));
      }
      const rootToggle = () => document.querySelector('${rowsSelector} [data-testid="span-toggle"]');
      const rootCollapseMs = await toggleOnce(rootToggle());
      const rootExpandMs = await toggleOnce(rootToggle());
      const longTasks = b.longTasks.slice(firstLongTask);
      return { frames, toggles, rootCollapseMs, rootExpandMs, longTasks, scrolledPx: height, lastRowAtBottom };
    })()`)) as { frames: number[]; toggles: number[]; rootCollapseMs: number; rootExpandMs: number; longTasks: Array<{ duration: number }>; scrolledPx: number; lastRowAtBottom: string };
    return {
      rowsMs,
      scrollFrames: percentiles(r.frames),
      toggleMs: percentiles([...r.toggles, r.rootCollapseMs, r.rootExpandMs]),
      rootCollapseMs: Math.round(r.rootCollapseMs),
      rootExpandMs: Math.round(r.rootExpandMs),
      longTasks: { count: r.longTasks.length, totalMs: Math.round(r.longTasks.reduce((a, t) => a + t.duration, 0)), maxMs: Math.round(Math.max(0, ...r.longTasks.map((t) => t.duration))) },
      scrolledPx: r.scrolledPx,
      lastRowAtBottom: r.lastRowAtBottom,
      errors,
    };
  } finally {
    await close();
  }
}

/** (d) every script the home page loads until it settles, gzipped one by one. */
/** One script the page loaded: decoded size, our gzip of it, and what the server actually sent (its Content-Encoding). */
interface ScriptFile {
  url: string;
  bytes: number;
  gzipBytes: number;
  sentBytes: number;
  encoding: string;
}

async function firstPageJs(browser: Browser, base: string): Promise<{ files: ScriptFile[]; gzipBytes: number; bytes: number; sentBytes: number }> {
  const { page, close } = await coldPage(browser);
  const files: ScriptFile[] = [];
  const pending: Array<Promise<void>> = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const contentType = response.headers()['content-type'] ?? '';
    if (type !== 'script' && !/javascript/.test(contentType)) return;
    pending.push(
      Promise.all([response.body(), response.request().sizes()]).then(([body, sizes]) => {
        files.push({ url: response.url().replace(base, ''), bytes: body.length, gzipBytes: gzipSync(body, { level: 6 }).length, sentBytes: sizes.responseBodySize, encoding: response.headers()['content-encoding'] ?? 'identity' });
      }),
    );
  });
  try {
    await loadUntil(page, `${base}/`, '[data-testid="service-row"]', 1);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  } finally {
    await close();
  }
  return { files, gzipBytes: files.reduce((a, f) => a + f.gzipBytes, 0), bytes: files.reduce((a, f) => a + f.bytes, 0), sentBytes: files.reduce((a, f) => a + f.sentBytes, 0) };
}

async function write(store: TraceStore, rows: ViewRows): Promise<void> {
  // Batches of 20,000 spans: the size the view-generator inserts at most by default is larger.
  const writer = new ClickHouseViewWriter(store);
  for (let i = 0; i < rows.spans.length; i += 20_000) {
    const batch = new ViewBatch();
    batch.add({ spans: rows.spans.slice(i, i + 20_000), traceFragments: i === 0 ? rows.traceFragments : [] });
    await writer.write(batch);
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(UI_DIR, 'index.html'))) {
    throw new Error(`the UI is not built: ${join(UI_DIR, 'index.html')} is missing; run node tools/build.mjs (npm run bench:ui does) or set UI_DIR`);
  }
  const dataDir = join(REPO_ROOT, '.data', `bench-ui-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const store = TraceStore.open({ dataPath: dataDir, database: 'tracehouse' });
  let api: QueryApi | undefined;
  let browser: Browser | undefined;
  try {
    await store.migrate();
    const nowMs = Date.now();
    const land = landscape({ tenant: TENANT, services: SERVICES, apisPerService: APIS_PER_SERVICE, traces: LANDSCAPE_TRACES, nowMs: nowMs - 5_000, windowMs: 14 * 60_000 });
    await write(store, land.rows);
    await write(store, bigTrace({ tenant: TENANT, traceId: TRACE_1K, spans: 1_000, startMs: nowMs - 120_000 }));
    await write(store, bigTrace({ tenant: TENANT, traceId: TRACE_10K, spans: 10_000, startMs: nowMs - 60_000 }));
    console.log(`wrote ${land.spans.toLocaleString('en')} spans of ${SERVICES} services / ${land.apis.length} APIs / ${land.backends.length} backends, and traces of 1,000 and 10,000 spans`);

    // `uiDir` is the query API's option for serving the built UI (UI contract); passed as a
    // variable so this compiles before and after that option exists.
    const options = { host: '127.0.0.1', port: 0, traces: new TraceReader(store), logs: new LogsReader(store), tenancy: { apiKeyHeader: 'x-api-key' }, uiDir: UI_DIR };
    api = new QueryApi(options as QueryApiOptions);
    const base = await api.start();
    browser = await launchChromium();
    console.log(`query API ${base}, Chromium ${browser.version()} (${chromiumPath()}), viewport ${VIEWPORT.width}x${VIEWPORT.height}, ${RUNS} cold loads per figure after a warm-up`);

    const errors = new Set<string>();
    const note = (list: readonly string[]): void => list.forEach((e) => errors.add(e));

    // Each figure on its own: a page that fails to render (a missing hook, a timeout) costs that
    // figure, named in the report, not the whole run.
    const failures: Record<string, string> = {};
    const section = async <T>(name: string, run: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await run();
      } catch (err) {
        failures[name] = err instanceof Error ? err.message.split('\n')[0] ?? err.message : String(err);
        console.log(`${name}: not measured: ${failures[name]}`);
        return undefined;
      }
    };

    const a = await section('(a) 1,000-span trace', async () => {
      await traceInteractive(browser as Browser, base);
      const runs: Array<Awaited<ReturnType<typeof traceInteractive>>> = [];
      for (let i = 0; i < RUNS; i++) runs.push(await traceInteractive(browser as Browser, base));
      runs.forEach((r) => note(r.errors));
      const result = { rowsMs: percentiles(runs.map((r) => r.rowsMs)), interactiveMs: percentiles(runs.map((r) => r.interactiveMs)), rowsInDom: runs[0]?.rowsInDom ?? 0 };
      console.log(`(a) 1,000-span trace: rows at ${result.rowsMs.p50} ms, interactive at ${result.interactiveMs.p50} ms (median; max ${result.interactiveMs.max} ms); ${result.rowsInDom} rows in the DOM`);
      return result;
    });

    const b = await section('(b) 10,000-span trace', async () => {
      const result = await traceSmooth(browser as Browser, base);
      note(result.errors);
      console.log(`(b) 10,000-span trace: rows at ${Math.round(result.rowsMs)} ms; scroll frames p50 ${result.scrollFrames.p50} / p95 ${result.scrollFrames.p95} / max ${result.scrollFrames.max} ms over ${result.scrollFrames.n} frames; toggles p50 ${result.toggleMs.p50} / p95 ${result.toggleMs.p95} / max ${result.toggleMs.max} ms (root collapse ${result.rootCollapseMs} ms, expand ${result.rootExpandMs} ms); long tasks ${result.longTasks.count} (max ${result.longTasks.maxMs} ms)`);
      return result;
    });

    const loads = async (path: string, selector: string): Promise<ReturnType<typeof percentiles>> => {
      const times: number[] = [];
      for (let i = 0; i <= RUNS; i++) {
        const { page, errors: pageErrors, close } = await coldPage(browser as Browser);
        try {
          const t = await loadUntil(page, `${base}${path}`, selector, SERVICES);
          if (i > 0) times.push(t);
        } finally {
          note(pageErrors);
          await close();
        }
      }
      return percentiles(times);
    };
    const home = await section('(c) home', () => loads('/', '[data-testid="service-row"]'));
    const map = await section('(c) map', () => loads('/map', '[data-testid="map-node"][data-kind="service"]'));
    console.log(`(c) home with ${SERVICES} services: ${home ? `${home.p50} ms (median; max ${home.max})` : 'not measured'}; map: ${map ? `${map.p50} ms (median; max ${map.max})` : 'not measured'}`);

    const js = await section('(d) first-page JavaScript', () => firstPageJs(browser as Browser, base));
    if (js) console.log(`(d) home page JavaScript: ${js.files.length} file(s), ${(js.bytes / 1024).toFixed(1)} KB, ${(js.gzipBytes / 1024).toFixed(1)} KB gzipped`);
    const jsKb = js ? Math.round((js.gzipBytes / 1024) * 10) / 10 : undefined;

    type Floor = { floor: number; measured: number | undefined; unit: string; met: boolean };
    const floor = (floorValue: number, measured: number | undefined, unit: string): Floor => ({ floor: Math.round(floorValue * 10) / 10, measured, unit, met: measured !== undefined && measured <= floorValue });
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, loadavg: loadavg(), node: process.version, chromium: browser.version(), viewport: VIEWPORT },
      input: { services: SERVICES, apis: land.apis.length, backends: land.backends.length, landscapeSpans: land.spans, traceSpans: [1_000, 10_000], runs: RUNS },
      trace1k: a,
      trace10k: b,
      homeLoadMs: home,
      mapLoadMs: map,
      firstPageJs: js && { ...js, gzipKb: jsKb },
      notMeasured: failures,
      consoleErrors: [...errors].slice(0, 20),
      floors: {
        trace1kInteractiveMs: floor(FLOORS.trace1kInteractiveMs, a?.interactiveMs.p50, 'ms'),
        trace10kScrollFrameP95Ms: floor(FLOORS.scrollFrameP95Ms, b?.scrollFrames.p95, 'ms'),
        trace10kToggleP95Ms: floor(FLOORS.toggleP95Ms, b?.toggleMs.p95, 'ms'),
        homeLoadMs: floor(FLOORS.homeLoadMs, home?.p50, 'ms'),
        mapLoadMs: floor(FLOORS.mapLoadMs, map?.p50, 'ms'),
        firstPageJsGzipKb: floor(FLOORS.firstPageJsGzipKb, jsKb, 'KB'),
      },
    };
    const reports = join(REPO_ROOT, 'reports');
    mkdirSync(reports, { recursive: true });
    writeFileSync(join(reports, 'ui-bench.json'), `${JSON.stringify(report, null, 2)}\n`);
    const row = (name: string, f: Floor): string =>
      `| ${name} | ≤ ${f.floor.toLocaleString('en')} ${f.unit} | ${f.measured === undefined ? 'not measured' : `${f.measured.toLocaleString('en')} ${f.unit}`} | ${f.met ? 'met' : '**not met**'} |`;
    writeFileSync(
      join(reports, 'ui-bench.md'),
      [
        '# Web UI benchmark',
        '',
        `Run ${report.date} on ${report.machine.cpus} CPUs (load average at the end ${report.machine.loadavg.map((l) => l.toFixed(1)).join(', ')}: the machine is shared), Node ${report.machine.node}, Chromium ${report.machine.chromium} headless (Debian's, no GPU), viewport ${VIEWPORT.width}x${VIEWPORT.height}. Command: \`npm run bench:ui\` (RUNS=${RUNS}).`,
        '',
        `Data: synthetic view rows written straight into embedded ClickHouse (chdb) through trace-store's writer and served by the query API with the built UI: ${SERVICES} services with ${land.apis.length} APIs and ${land.backends.length} backends (${land.spans.toLocaleString('en')} spans over the last 14 minutes), and single traces of 1,000 and 10,000 spans. Every page load is cold (fresh browser context), timed on the page's clock from navigation start; medians of ${RUNS} loads after a warm-up.`,
        '',
        '| figure | floor | measured | |',
        '| --- | --- | --- | --- |',
        row('1,000-span trace: navigation to interactive (rows rendered, root toggle handled)', report.floors.trace1kInteractiveMs),
        row('10,000-span trace: frame time p95 while scrolling top to bottom and back', report.floors.trace10kScrollFrameP95Ms),
        row('10,000-span trace: expand/collapse to next frame, p95', report.floors.trace10kToggleP95Ms),
        row(`home with ${SERVICES} services: navigation to all rows rendered`, report.floors.homeLoadMs),
        row(`map with ${SERVICES} services: navigation to all service nodes rendered`, report.floors.mapLoadMs),
        row('JavaScript loaded by the home page, gzipped', report.floors.firstPageJsGzipKb),
        '',
        '"Smooth" is taken as: 95% of frames within 33 ms (30 fps or better) while scrolling, and expand/collapse answered within 100 ms at p95.',
        '',
        a ? `- (a) 1,000 spans: rows rendered at ${a.rowsMs.p50} ms, interactive at ${a.interactiveMs.p50} ms (median of ${RUNS}; ${JSON.stringify(a.interactiveMs)}); ${a.rowsInDom} span rows in the DOM when first rendered.` : '',
        b ? `- (b) 10,000 spans: first rows at ${Math.round(b.rowsMs)} ms; scrolled ${b.scrolledPx.toLocaleString('en')} px in 300 frames each way (last row at the bottom: ${b.lastRowAtBottom || 'none'}); requestAnimationFrame deltas ${JSON.stringify(b.scrollFrames)} ms; ${b.toggleMs.n} expand/collapse ${JSON.stringify(b.toggleMs)} ms (root collapse ${b.rootCollapseMs} ms, root expand ${b.rootExpandMs} ms); long tasks during the interaction: ${b.longTasks.count}, ${b.longTasks.totalMs} ms in all, longest ${b.longTasks.maxMs} ms.` : '',
        home || map ? `- (c) home: ${JSON.stringify(home)} ms; map: ${JSON.stringify(map)} ms.` : '',
        js ? `- (d) ${js.files.length} script file(s), ${(js.bytes / 1024).toFixed(1)} KB raw, ${(js.gzipBytes / 1024).toFixed(1)} KB gzipped (zlib level 6, each file): ${js.files.map((f) => `${f.url} ${(f.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}; the server sent ${(js.sentBytes / 1024).toFixed(1)} KB (${[...new Set(js.files.map((f) => f.encoding))].join(', ')}).` : '',
        ...Object.entries(failures).map(([name, why]) => `- ${name}: not measured: ${why}`),
        report.consoleErrors.length > 0 ? `- Console errors seen: ${report.consoleErrors.length} (first: ${report.consoleErrors[0]}).` : '- No console errors.',
        '',
      ].filter((line, i, all) => line !== '' || all[i - 1] !== '').join('\n'),
    );
    console.log('report written to reports/ui-bench.{json,md}');
  } finally {
    await browser?.close();
    await api?.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
