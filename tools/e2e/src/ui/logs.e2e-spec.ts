// The web UI's log views (issue 16) in Debian's Chromium, on seeded data: spans written through the
// view writer and log records through the log writer into embedded ClickHouse (chdb, the real
// engine), the query API started in-process with its trace and log readers and serving the built
// UI. Covers the trace view's log marks on the waterfall (hover text, click to see the line), its
// Logs tab (lines in time order, filter by span, attributes expanded with their types), the home
// page's error logs per service linking to their trace, and the search form's "logged an error"
// checkbox. Each page is screenshotted into reports/ui/, passes axe's WCAG 2 A/AA rules with no
// serious or critical violation, and logs no console error (as the other UI tests).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { QueryApi } from '@tracehouse/query-api';
import { pollUntil } from '@tracehouse/testing';
import { ClickHouseLogWriter, ClickHouseViewWriter, LogBatch, LogsReader, TraceReader, TraceStore, ViewBatch, type LogRow, type SpanRow } from '@tracehouse/trace-store';
import { REPO_ROOT } from '../pipeline';
import { axeViolations, describeViolations, launchChromium, newUiPage, screenshot, type UiPage } from './browser';
import { fragmentRow, spanRow } from './synthetic-views';

const tid = (id: string): string => `[data-testid="${id}"]`;
const TENANT = 'default';
const MS = 1_000_000n;

const CHECKOUT = '5eed0000000000000000000000000001';
const HEALTH = '5eed0000000000000000000000000002';
const S = { root: '5eed000000000001', charge: '5eed000000000002', select: '5eed000000000003', health: '5eed000000000004' } as const;

describe('the web UI\'s log views in Chromium, over seeded views and logs', () => {
  let dir: string;
  let store: TraceStore;
  let api: QueryApi;
  let browser: Browser;
  const opened: UiPage[] = [];
  // Times follow the clock: the UI's windows are "the last 15 minutes".
  const t0 = BigInt(Date.now() - 120_000) * MS;
  const at = (ms: number): bigint => t0 + BigInt(ms) * MS;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ui-logs-e2e-'));
    store = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_ui_logs' });
    await store.migrate();
    const checkout: SpanRow[] = [
      spanRow({ tenant: TENANT, traceId: CHECKOUT, spanId: S.root, serviceName: 'storefront', spanName: 'GET /checkout', kind: 'SERVER', role: 'ENTRY', apiEntry: true, apiName: 'GET /checkout', entryApiName: 'GET /checkout', startTimeUnixNano: at(0), durationNs: 300n * MS, statusCode: 'ERROR', isError: true, apiStatus: 'FAIL' }),
      spanRow({ tenant: TENANT, traceId: CHECKOUT, spanId: S.charge, parentSpanId: S.root, serviceName: 'billing', spanName: 'POST /charges', kind: 'SERVER', role: 'ENTRY', apiEntry: true, apiName: 'POST /charges', entryApiName: 'POST /charges', startTimeUnixNano: at(50), durationNs: 200n * MS, statusCode: 'ERROR', isError: true, apiStatus: 'FAIL' }),
      spanRow({ tenant: TENANT, traceId: CHECKOUT, spanId: S.select, parentSpanId: S.charge, serviceName: 'billing', spanName: 'SELECT cards', kind: 'CLIENT', startTimeUnixNano: at(60), durationNs: 40n * MS }),
    ];
    const health: SpanRow[] = [
      spanRow({ tenant: TENANT, traceId: HEALTH, spanId: S.health, serviceName: 'storefront', spanName: 'GET /health', kind: 'SERVER', role: 'ENTRY', apiEntry: true, apiName: 'GET /health', entryApiName: 'GET /health', startTimeUnixNano: at(60_000), durationNs: 5n * MS }),
    ];
    const views = new ViewBatch();
    views.add({ spans: checkout, traceFragments: [fragmentRow(checkout)] });
    views.add({ spans: health, traceFragments: [fragmentRow(health)] });
    await new ClickHouseViewWriter(store).write(views);
    const log = (fields: Partial<LogRow> & Pick<LogRow, 'serviceName' | 'timeUnixNano' | 'body'>): LogRow => ({
      tenant: TENANT, observedTimeUnixNano: fields.timeUnixNano, traceId: '', spanId: '', traceFlags: 1, severityNumber: 9, severityText: 'INFO', eventName: '',
      attributes: {}, resourceAttributes: { 'service.name': fields.serviceName }, scopeName: 'app', scopeVersion: '1.0.0', droppedAttributesCount: 0, receivedAtMs: Date.now(), ...fields,
    });
    const logs = new LogBatch();
    logs.add([
      log({ serviceName: 'storefront', timeUnixNano: at(5), traceId: CHECKOUT, spanId: S.root, body: 'checkout started order=42', attributes: { 'order.id': 42n, user: 'u-7' } }),
      log({ serviceName: 'billing', timeUnixNano: at(80), traceId: CHECKOUT, spanId: S.charge, severityNumber: 13, severityText: 'WARN', body: 'retrying card authorization attempt=1' }),
      log({ serviceName: 'billing', timeUnixNano: at(90), traceId: CHECKOUT, spanId: S.select, severityNumber: 5, severityText: 'DEBUG', body: 'query took 12ms' }),
      log({ serviceName: 'billing', timeUnixNano: at(200), traceId: CHECKOUT, spanId: S.charge, severityNumber: 17, severityText: 'ERROR', body: 'payment declined: card_expired', attributes: { 'card.brand': 'visa', retryable: false } }),
      log({ serviceName: 'storefront', timeUnixNano: at(60_001), traceId: HEALTH, spanId: S.health, body: 'health ok' }),
      // An error line outside any trace: counted on the home page, with no trace link.
      log({ serviceName: 'billing', timeUnixNano: at(70_000), severityNumber: 21, severityText: 'FATAL', body: 'settlement worker crashed' }),
    ]);
    await new ClickHouseLogWriter(store).write(logs);
    api = new QueryApi({ host: '127.0.0.1', port: 0, traces: new TraceReader(store), logs: new LogsReader(store), tenancy: { apiKeyHeader: 'x-api-key' }, uiDir: join(REPO_ROOT, 'dist/apps/ui/public') });
    await api.start();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    for (const ui of opened) await ui.page.context().close().catch(() => undefined);
    await browser?.close();
    await api?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  async function open(path: string): Promise<UiPage> {
    const ui = await newUiPage(browser);
    opened.push(ui);
    ui.page.setDefaultTimeout(20_000);
    await ui.page.goto(`${api.url}${path}`, { waitUntil: 'domcontentloaded' });
    return ui;
  }

  async function count(locator: Locator, n: number, what: string): Promise<void> {
    let seen = 0;
    await pollUntil(`${what} (${n}, saw ${seen})`, async () => (seen = await locator.count()) === n, 20_000, 100);
  }

  async function finishPage(ui: UiPage, name: string): Promise<void> {
    await screenshot(ui.page, name);
    const violations = await axeViolations(ui.page);
    if (violations.length > 0) throw new Error(`${name}: ${violations.length} serious/critical accessibility violation(s):\n${describeViolations(violations)}`);
    ui.assertNoErrors();
  }

  it('marks each log line on its span\'s row at its time; hovering tells the line, clicking shows it', async () => {
    const ui = await open(`/trace/${CHECKOUT}`);
    const page = ui.page;
    await count(page.locator(tid('span-row')), 3, 'span rows');
    const markers = page.locator(tid('log-marker'));
    await count(markers, 4, 'log marks on the waterfall');
    const chargeRow = page.locator(`${tid('span-row')}[data-span-id="${S.charge}"]`);
    await count(chargeRow.locator(tid('log-marker')), 2, 'marks on the charge span');
    expect(await chargeRow.locator(tid('log-marker')).evaluateAll((els) => els.map((e) => e.getAttribute('data-level')))).toEqual(['warn', 'error']);
    expect(await page.locator(`${tid('span-row')}[data-span-id="${S.select}"] ${tid('log-marker')}`).count()).toBe(1);
    await expect(page.locator(tid('trace-log-count')).innerText()).resolves.toBe('4 log lines');

    // At its time: the error line (+200 ms of a 300 ms trace) sits two thirds along the timeline.
    const error = chargeRow.locator(`${tid('log-marker')}[data-level="error"]`);
    const timeline = chargeRow.locator('.wf-timeline');
    const [box, line] = [await error.boundingBox(), await timeline.boundingBox()];
    if (!box || !line) throw new Error('the error mark or its timeline has no box');
    expect((box.x + box.width / 2 - line.x) / line.width).toBeCloseTo(200 / 300, 1);

    // Hover: the native tooltip carries the line.
    await error.hover();
    expect(await error.getAttribute('title')).toContain('ERROR billing: payment declined: card_expired');
    // Click: the line above the waterfall, and its span selected.
    await error.click();
    const popover = page.locator(tid('log-popover'));
    await popover.waitFor();
    expect(await popover.innerText()).toContain('payment declined: card_expired');
    expect(await popover.innerText()).toContain('ERROR');
    await expect(chargeRow.getAttribute('aria-selected')).resolves.toBe('true');
    expect(await page.locator(tid('span-detail')).innerText()).toMatch(/Logs \(2\)/i);
    await finishPage(ui, 'trace-log-marks');
  });

  it('lists the trace\'s lines in the Logs tab, filters them by span and expands their typed attributes', async () => {
    const ui = await open(`/trace/${CHECKOUT}`);
    const page = ui.page;
    await count(page.locator(tid('span-row')), 3, 'span rows');
    await page.locator(tid('trace-tab-logs')).click();
    const rows = page.locator(tid('log-row'));
    await count(rows, 4, 'log rows');
    const bodies = async (): Promise<string[]> => rows.evaluateAll((els) => els.map((e) => e.querySelector('td.body')?.textContent ?? ''));
    // Time order, every service, the severity as sent.
    expect(await bodies()).toEqual(['checkout started order=42', 'retrying card authorization attempt=1', 'query took 12ms', 'payment declined: card_expired']);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-level')))).toEqual(['info', 'warn', 'debug', 'error']);
    const first = await rows.first().innerText();
    expect(first).toContain('storefront');
    expect(first).toContain('GET /checkout');
    expect(first).toContain('+5ms');

    // Filter by span: only the charge span's two lines.
    await page.locator(tid('log-span-filter')).selectOption(S.charge);
    await count(rows, 2, 'the charge span\'s log rows');
    expect(await bodies()).toEqual(['retrying card authorization attempt=1', 'payment declined: card_expired']);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-span-id')))).toEqual([S.charge, S.charge]);

    // Attributes on demand, with their types.
    const errorRow = page.locator(`${tid('log-row')}[data-level="error"]`);
    const toggle = errorRow.locator(tid('log-attrs-toggle'));
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const attrs = page.locator(tid('log-attr'));
    await count(attrs, 2, 'the error line\'s attributes');
    expect(await attrs.evaluateAll((els) => els.map((e) => [e.getAttribute('data-key'), e.getAttribute('data-type')]).sort())).toEqual([['card.brand', 'string'], ['retryable', 'bool']]);
    await finishPage(ui, 'trace-logs');

    // Back to all spans, and from a line to its span in the timeline.
    await page.locator(tid('log-span-filter')).selectOption('');
    await count(rows, 4, 'every log row again');
    await page.locator(`${tid('log-row')}[data-level="debug"] ${tid('log-span-link')}`).click();
    await page.locator(`${tid('span-row')}[data-span-id="${S.select}"][aria-selected="true"]`).waitFor();
    // From a span's detail to its lines.
    await page.locator(tid('span-show-logs')).click();
    await count(rows, 1, 'the select span\'s log rows');
    expect(await bodies()).toEqual(['query took 12ms']);
    ui.assertNoErrors();
  });

  it('shows error logs per service on home, with their latest lines linking to their trace', async () => {
    const ui = await open('/');
    const page = ui.page;
    const rows = page.locator(tid('error-logs-row'));
    await count(rows, 1, 'services with error logs');
    const billing = page.locator(`${tid('error-logs-row')}[data-service="billing"]`);
    // The ERROR and the FATAL line; not the WARN, DEBUG or INFO ones.
    await expect(billing.locator(tid('error-logs-count')).innerText()).resolves.toBe('2');
    const lines = billing.locator(tid('error-log-line'));
    await count(lines, 2, 'billing\'s latest error lines');
    const text = await lines.allInnerTexts();
    expect(text[0]).toContain('settlement worker crashed');
    expect(text[1]).toContain('payment declined: card_expired');
    // The line outside any trace has no trace link; the other links to its trace.
    await count(billing.locator(tid('error-log-trace-link')), 1, 'trace links');
    expect(await billing.locator(tid('error-logs-traces-link')).getAttribute('href')).toContain('loggedError=true');
    await finishPage(ui, 'home-error-logs');
    await billing.locator(tid('error-log-trace-link')).click();
    await page.locator(tid('trace-view')).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/trace/${CHECKOUT}`);
    await count(page.locator(tid('log-marker')), 4, 'log marks of the linked trace');
    ui.assertNoErrors();
  });

  it('the search form\'s "logged an error" checkbox keeps only traces that logged an error', async () => {
    const ui = await open('/search?service=storefront&lookback=1h');
    const page = ui.page;
    const results = page.locator(tid('trace-summary'));
    await count(results, 2, 'storefront traces without the filter');
    const box = page.locator(`${tid('search-form')} input[name="loggedError"]`);
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await page.locator(tid('search-submit')).click();
    await pollUntil('the URL carries the filter', async () => new URL(page.url()).searchParams.get('loggedError') === 'true', 10_000, 50);
    await count(results, 1, 'traces that logged an error');
    expect(await results.first().getAttribute('data-trace-id')).toBe(CHECKOUT);
    // A bookmarked search opens with the box checked.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await count(results, 1, 'traces that logged an error after a reload');
    expect(await page.locator(`${tid('search-form')} input[name="loggedError"]`).isChecked()).toBe(true);
    await finishPage(ui, 'search-logged-error');
  });
});
