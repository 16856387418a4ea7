// The web UI end to end, in Debian's Chromium: the real pipeline (five processes, real Kafka,
// PostgreSQL and embedded ClickHouse) fed by real tracer clients (OpenTelemetry SDK over OTLP/HTTP,
// jaeger-client over HTTP Thrift; see testdata/ui-workload.ts), and the UI served by the query API
// at `/`. A user's path: home shows billing (the failing service) first; its service page leads to
// an error trace; the trace view shows every span, the error, the critical path and typed
// attributes; search by attribute finds exactly the failing traces; the map shows the services and
// their databases; compare shows the slower spans. Each page is screenshotted into reports/ui/ and
// passes axe's WCAG 2 A/AA rules with no serious or critical violation, and logs no console error.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { pollUntil, startScript, uniqueName } from '@tracehouse/testing';
import { startPipeline, type RunningPipeline } from '../pipeline';
import { axeViolations, describeViolations, launchChromium, newUiPage, screenshot, type UiPage } from './browser';
import { FAILING_CHECKOUTS, type UiSentSpan, type UiWorkload } from './testdata/ui-workload';

const tid = (id: string): string => `[data-testid="${id}"]`;

describe('the web UI in Chromium, over the real pipeline and real tracer clients', () => {
  let pipeline: RunningPipeline;
  let dataDir: string;
  let browser: Browser;
  let sent: UiWorkload;
  const opened: UiPage[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tracehouse-ui-e2e-'));
    pipeline = await startPipeline({
      kafkaBrokers: process.env.KAFKA_BROKERS ?? '',
      databaseUrl: process.env.DATABASE_URL ?? '',
      dataDir,
      prefix: uniqueName('ui-e2e'),
      // Short quiet windows and small batches: the test waits for traces, not for production timeouts.
      env: { GROUPER_TRACE_QUIET_MS: '3000', GROUPER_COMPLETE_QUIET_MS: '500', VIEW_BATCH_MAX_AGE_MS: '200' },
    });
    const workload = startScript('tools/e2e/src/ui/testdata/ui-workload.js', {}, [JSON.stringify(pipeline.urls)]);
    const code = await workload.exited;
    if (code !== 0) throw new Error(`the UI workload failed (${code}): ${workload.output()}`);
    sent = JSON.parse(workload.output().trim().split('\n').pop() ?? '{}') as UiWorkload;
    // Queryable: every trace has all its spans in the query API.
    for (const traceId of sent.traceIds) {
      const want = sent.spans.filter((s) => s.traceId === traceId).length;
      await pollUntil(`trace ${traceId} with ${want} spans in the query API`, async () => {
        const response = await fetch(`${pipeline.urls.query}/api/traces/${traceId}`);
        if (response.status !== 200) return false;
        const body = (await response.json()) as { data: Array<{ spans: unknown[] }> };
        return body.data[0]?.spans.length === want;
      }, 90_000, 500);
    }
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    for (const ui of opened) await ui.page.context().close().catch(() => undefined);
    await browser?.close();
    await pipeline?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  /** A fresh page (own context) at `path` of the UI; closed after the suite. */
  async function open(path: string): Promise<UiPage> {
    const ui = await newUiPage(browser);
    opened.push(ui);
    ui.page.setDefaultTimeout(20_000);
    await ui.page.goto(`${pipeline.urls.query}${path}`, { waitUntil: 'domcontentloaded' });
    return ui;
  }

  /** Waits until `locator` matches at least `n` elements (the UI renders after its fetches). */
  async function atLeast(locator: Locator, n: number, what: string): Promise<number> {
    let count = 0;
    await pollUntil(`${what} (at least ${n})`, async () => (count = await locator.count()) >= n, 20_000, 100);
    return count;
  }

  /** Screenshot, then the accessibility check, then no console errors: every page ends so. */
  async function finishPage(ui: UiPage, name: string): Promise<void> {
    await screenshot(ui.page, name);
    const violations = await axeViolations(ui.page);
    if (violations.length > 0) throw new Error(`${name}: ${violations.length} serious/critical accessibility violation(s):\n${describeViolations(violations)}`);
    ui.assertNoErrors();
  }

  const spansOf = (traceId: string): UiSentSpan[] => sent.spans.filter((s) => s.traceId === traceId);
  const errorSpanOf = (traceId: string): UiSentSpan => {
    const span = spansOf(traceId).find((s) => s.error);
    if (!span) throw new Error(`trace ${traceId} has no error span`);
    return span;
  };
  const spanNamed = (traceId: string, service: string, name: string): UiSentSpan => {
    const span = spansOf(traceId).find((s) => s.service === service && s.name === name);
    if (!span) throw new Error(`trace ${traceId} has no ${service} span "${name}"`);
    return span;
  };
  const rowOf = (page: Page, spanId: string): Locator => page.locator(`${tid('span-row')}[data-span-id="${spanId}"]`);

  it('sent the failing checkouts, the healthy traffic and a Jaeger client trace', () => {
    expect(sent.failingCheckouts).toHaveLength(FAILING_CHECKOUTS);
    expect(sent.okCheckouts.length).toBeGreaterThan(0);
    expect(sent.reportTraces).toHaveLength(2);
    expect(new Set(sent.spans.map((s) => s.service))).toEqual(new Set(['storefront', 'catalog', 'billing', 'reports', 'shipping']));
    // billing (new errors) and reports (failing all along) are the services with errors.
    expect(new Set(sent.spans.filter((s) => s.error).map((s) => s.service))).toEqual(new Set(['billing', 'reports']));
  });

  it('home lists billing first (rising errors), and one click leads to its service page and an error trace', async () => {
    const ui = await open('/');
    const rows = ui.page.locator(tid('service-row'));
    await atLeast(rows, 5, 'service rows on home');
    const order = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-service')));
    expect(order).toEqual(expect.arrayContaining(['storefront', 'catalog', 'billing', 'reports', 'shipping']));
    // Rising errors first: billing (new errors) before reports, whose error rate is higher but was
    // as high in the window before.
    expect(order.slice(0, 2)).toEqual(['billing', 'reports']);
    const errorRate = async (service: string): Promise<number> => Number.parseFloat(await ui.page.locator(`${tid('service-row')}[data-service="${service}"] ${tid('service-error-rate')}`).innerText()) || 0;
    expect(await errorRate('billing')).toBeGreaterThan(0);
    expect(await errorRate('reports')).toBeGreaterThan(await errorRate('billing'));
    const billing = ui.page.locator(`${tid('service-row')}[data-service="billing"]`);
    // A healthy service shows no error rate ("0%", "0.0 %" or a dash).
    expect(await errorRate('catalog')).toBe(0);
    await expect(billing.locator(tid('sparkline')).count()).resolves.toBeGreaterThan(0);
    await finishPage(ui, 'home');

    await billing.locator(tid('service-link')).first().click();
    await ui.page.locator(tid('service-page')).waitFor();
    expect(new URL(ui.page.url()).pathname).toBe('/services/billing');
    const apis = ui.page.locator(tid('api-row'));
    await atLeast(apis, 2, 'billing API rows');
    expect(await apis.evaluateAll((els) => els.map((e) => e.getAttribute('data-api')))).toEqual(expect.arrayContaining([expect.stringContaining('/charges'), expect.stringContaining('/invoices')]));
    const backends = ui.page.locator(tid('backend-row'));
    await atLeast(backends, 1, 'billing backend rows');
    expect((await backends.evaluateAll((els) => els.map((e) => e.getAttribute('data-backend')))).join(' ')).toContain('billing-db');
    await atLeast(ui.page.locator(tid('red-chart')), 1, 'RED charts on the service page');
    await atLeast(ui.page.locator(tid('trace-summary')), 1, 'recent traces on the service page');
    await finishPage(ui, 'service');

    // The service page's error trace; else home's error-traces link (both are the "one click").
    const failingRow = ui.page.locator(`${tid('trace-summary')}:not([data-error-count="0"])`).first();
    // A summary row opens its trace through its link to /trace/:id.
    const traceLink = (row: Locator): Locator => row.locator('a[href^="/trace/"]').first();
    if ((await failingRow.count()) > 0) {
      await traceLink(failingRow).click();
    } else {
      await ui.page.goto(`${pipeline.urls.query}/`);
      await ui.page.locator(`${tid('service-row')}[data-service="billing"] ${tid('service-errors-link')}`).click();
      await traceLink(ui.page.locator(`${tid('trace-summary')}:not([data-error-count="0"])`).first()).click();
    }
    await ui.page.locator(tid('trace-view')).waitFor();
    const traceId = decodeURIComponent(new URL(ui.page.url()).pathname.split('/').pop() ?? '');
    expect(sent.failingCheckouts).toContain(traceId);
    await atLeast(ui.page.locator(`${tid('span-row')}[data-error="true"]`), 1, 'error spans in the opened trace');
    ui.assertNoErrors();
  }, 120_000);

  it('the trace view shows every span, the error, the critical path and typed attributes', async () => {
    const traceId = sent.failingCheckouts[0] ?? '';
    const ui = await open(`/trace/${traceId}`);
    await ui.page.locator(tid('trace-view')).waitFor();
    const rows = ui.page.locator(tid('span-row'));
    const want = spansOf(traceId);
    await atLeast(rows, want.length, 'span rows');
    expect(await rows.count()).toBe(want.length);
    expect(new Set(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-span-id'))))).toEqual(new Set(want.map((s) => s.spanId)));

    const failing = errorSpanOf(traceId);
    expect(failing).toMatchObject({ service: 'billing', name: 'POST /charges' });
    expect(await rowOf(ui.page, failing.spanId).getAttribute('data-error')).toBe('true');
    expect(await ui.page.locator(`${tid('span-row')}[data-error="true"]`).count()).toBe(1);
    // The billing branch ends last, so it is the critical path; the parallel catalog lookup is not.
    const root = want.find((s) => s.parentSpanId === '');
    const insert = spanNamed(traceId, 'billing', 'INSERT charges');
    const catalogCall = want.find((s) => s.service === 'storefront' && s.name === 'GET' && s.parentSpanId === root?.spanId);
    // The view may draw the spans before the critical path arrives: wait for it on the root.
    await pollUntil('the critical path marked on the root span', async () => (await rowOf(ui.page, root?.spanId ?? '').getAttribute('data-critical')) === 'true', 20_000, 100);
    for (const s of [root, failing, insert]) expect([s?.name, await rowOf(ui.page, s?.spanId ?? '').getAttribute('data-critical')]).toEqual([s?.name, 'true']);
    expect(await rowOf(ui.page, catalogCall?.spanId ?? '').getAttribute('data-critical')).toBe('false');
    expect(await rowOf(ui.page, insert.spanId).getAttribute('data-depth')).toBe('3');

    await rowOf(ui.page, failing.spanId).click();
    const detail = ui.page.locator(tid('span-detail'));
    await detail.waitFor();
    const status = detail.locator(`${tid('span-attr')}[data-key="http.response.status_code"]`);
    await status.waitFor();
    expect(await status.getAttribute('data-type')).toMatch(/int/i);
    expect(await status.innerText()).toContain('500');
    const retry = detail.locator(`${tid('span-attr')}[data-key="payment.retry"]`);
    expect(await retry.getAttribute('data-type')).toMatch(/bool/i);

    // Collapsing the root hides every other span; expanding shows them again.
    await rowOf(ui.page, root?.spanId ?? '').locator(tid('span-toggle')).click();
    await pollUntil('the root collapsed to one row', async () => (await rows.count()) === 1, 10_000, 50);
    await rowOf(ui.page, root?.spanId ?? '').locator(tid('span-toggle')).click();
    await pollUntil('the root expanded again', async () => (await rows.count()) === want.length, 10_000, 50);

    // Collapse all below a depth: "to 2" keeps the root and its two calls.
    const depth = ui.page.locator(tid('collapse-depth'));
    await depth.selectOption('1');
    await pollUntil('only depths 0 and 1 shown', async () => (await rows.count()) === want.filter((s) => s.parentSpanId === '' || s.parentSpanId === root?.spanId).length, 10_000, 50);
    expect((await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-depth'))))).every((d) => d <= 1)).toBe(true);
    await depth.selectOption('all');
    await pollUntil('every span shown again', async () => (await rows.count()) === want.length, 10_000, 50);

    // Find in trace: the operation name of one span.
    await ui.page.locator(tid('trace-find')).fill('INSERT charges');
    const findCount = ui.page.locator(tid('trace-find-count'));
    await pollUntil('a find count', async () => /\d/.test(await findCount.innerText()), 10_000, 50);
    expect((await findCount.innerText()).match(/\d+/g)?.pop()).toBe('1');
    await ui.page.locator(tid('trace-find')).fill('');

    // JSON download: a file with every span of the trace.
    const [download] = await Promise.all([ui.page.waitForEvent('download'), ui.page.locator(tid('trace-download')).click()]);
    const downloaded = await download.path();
    const json = JSON.parse(readFileSync(downloaded, 'utf8')) as unknown;
    const text = JSON.stringify(json);
    for (const s of want) expect([s.name, text.includes(s.spanId)]).toEqual([s.name, true]);
    await finishPage(ui, 'trace');
  }, 120_000);

  it('search by attribute finds exactly the failing traces, and the URL carries the query', async () => {
    const ui = await open('/search');
    const form = ui.page.locator(tid('search-form'));
    await form.waitFor();
    const service = form.locator('[name="service"]');
    if ((await service.evaluate((e) => e.tagName)) === 'SELECT') {
      await pollUntil('billing among the service choices', async () => (await service.locator('option[value="billing"]').count()) > 0, 20_000, 100);
      await service.selectOption('billing');
    } else {
      await service.fill('billing');
    }
    await form.locator('[name="tags"]').fill('http.response.status_code=500');
    await ui.page.locator(tid('search-submit')).click();
    const results = ui.page.locator(tid('trace-summary'));
    await atLeast(results, FAILING_CHECKOUTS, 'search results');
    const found = await results.evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-trace-id'), errors: Number(e.getAttribute('data-error-count')) })));
    expect(new Set(found.map((f) => f.id))).toEqual(new Set(sent.failingCheckouts));
    expect(found.every((f) => f.errors >= 1)).toBe(true);
    const url = new URL(ui.page.url());
    expect([url.pathname, url.searchParams.get('service'), url.searchParams.get('tags')]).toEqual(['/search', 'billing', 'http.response.status_code=500']);
    await ui.page.locator(tid('scatter-plot')).waitFor();
    await finishPage(ui, 'search');

    // The URL alone reproduces the search (shared or bookmarked).
    const again = await open(`${url.pathname}${url.search}`);
    await atLeast(again.page.locator(tid('trace-summary')), FAILING_CHECKOUTS, 'results of the bookmarked search');
    again.assertNoErrors();
  }, 120_000);

  it('the map shows the services, their calls and the databases', async () => {
    const ui = await open('/map');
    await ui.page.locator(tid('service-map')).waitFor();
    const nodes = ui.page.locator(tid('map-node'));
    await atLeast(nodes, 5, 'map nodes');
    const all = await nodes.evaluateAll((els) => els.map((e) => ({ node: e.getAttribute('data-node') ?? '', kind: e.getAttribute('data-kind') ?? '' })));
    expect(all.filter((n) => n.kind === 'service').map((n) => n.node)).toEqual(expect.arrayContaining(['storefront', 'catalog', 'billing']));
    const databases = all.filter((n) => n.kind === 'database').map((n) => n.node).join(' | ');
    expect(databases).toContain('billing-db');
    expect(databases).toContain('catalog-db');
    const edges = await ui.page.locator(tid('map-edge')).evaluateAll((els) => els.map((e) => `${e.getAttribute('data-caller')}->${e.getAttribute('data-callee')}`));
    expect(edges).toEqual(expect.arrayContaining(['storefront->billing', 'storefront->catalog']));
    // Sampling is off in this pipeline: no figure is extrapolated, so no note says so (issue 15).
    expect(await ui.page.locator(tid('extrapolated')).count()).toBe(0);
    await finishPage(ui, 'map');
  }, 120_000);

  it('home in dark mode passes the accessibility check too', async () => {
    const ui = await newUiPage(browser, { colorScheme: 'dark' });
    opened.push(ui);
    await ui.page.goto(`${pipeline.urls.query}/`, { waitUntil: 'domcontentloaded' });
    await atLeast(ui.page.locator(tid('service-row')), 5, 'service rows on home (dark)');
    // The system's dark preference is what the UI follows until the toggle is used.
    const background = await ui.page.evaluate('getComputedStyle(document.body).backgroundColor');
    const [r = 255, g = 255, b = 255] = String(background).match(/\d+/g)?.map(Number) ?? [];
    expect(r + g + b).toBeLessThan(3 * 128);
    await finishPage(ui, 'home-dark');
  }, 60_000);

  it('upload shows a Jaeger JSON file as a trace without asking the API for it', async () => {
    const traceId = sent.failingCheckouts[1] ?? '';
    const file = Buffer.from(await (await fetch(`${pipeline.urls.query}/api/traces/${traceId}`)).arrayBuffer());
    const ui = await open('/upload');
    const asked: string[] = [];
    ui.page.on('request', (request) => {
      if (request.url().includes(traceId)) asked.push(request.url());
    });
    await ui.page.locator(tid('upload-input')).setInputFiles({ name: `${traceId}.json`, mimeType: 'application/json', buffer: file });
    await ui.page.locator(tid('trace-view')).waitFor();
    await atLeast(ui.page.locator(tid('span-row')), spansOf(traceId).length, 'span rows of the uploaded trace');
    expect(await ui.page.locator(tid('span-row')).count()).toBe(spansOf(traceId).length);
    expect(await rowOf(ui.page, errorSpanOf(traceId).spanId).getAttribute('data-error')).toBe('true');
    expect(asked).toEqual([]);
    await finishPage(ui, 'upload');
  }, 60_000);

  it('compare shows the failing checkout against a healthy one: same structure, slower billing', async () => {
    const ok = sent.okCheckouts[0] ?? '';
    const failing = sent.failingCheckouts[0] ?? '';
    const ui = await open(`/compare/${ok}/${failing}`);
    await ui.page.locator(tid('compare-view')).waitFor();
    const rows = ui.page.locator(tid('diff-row'));
    await atLeast(rows, spansOf(failing).length, 'diff rows');
    const changes = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-change')));
    expect(changes).not.toContain('added');
    expect(changes).not.toContain('missing');
    expect(changes).toContain('slower');
    await finishPage(ui, 'compare');
  }, 120_000);
});
