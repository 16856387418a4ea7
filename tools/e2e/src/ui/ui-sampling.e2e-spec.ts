// The web UI's note on extrapolated figures (issue 15), end to end in Debian's Chromium: the real
// pipeline with the grouper's tail sampling on (every error trace, 90% of the rest, so kept traces
// stand for 1.11 each), fed by the UI workload's real tracer clients. The service map and a service
// page's RED charts say their figures are estimated from sampled traces, and stay accessible.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { pollUntil, startScript, uniqueName } from '@tracehouse/testing';
import { startPipeline, type RunningPipeline } from '../pipeline';
import { axeViolations, describeViolations, launchChromium, newUiPage, screenshot, type UiPage } from './browser';

const tid = (id: string): string => `[data-testid="${id}"]`;
const POLICY = {
  default: {
    rules: [
      { name: 'errors', when: { type: 'error' } },
      { name: 'most', when: { type: 'probabilistic', percentage: 90 } },
    ],
    otherwise: 'drop',
  },
};

describe('the web UI marks figures extrapolated from tail-sampled traces, in Chromium over the real pipeline', () => {
  let pipeline: RunningPipeline;
  let dataDir: string;
  let browser: Browser;
  const opened: UiPage[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tracehouse-ui-sampling-e2e-'));
    const policyFile = join(dataDir, 'policy.json');
    writeFileSync(policyFile, JSON.stringify(POLICY));
    pipeline = await startPipeline({
      kafkaBrokers: process.env.KAFKA_BROKERS ?? '',
      databaseUrl: process.env.DATABASE_URL ?? '',
      dataDir,
      prefix: uniqueName('ui-sampling-e2e'),
      env: { GROUPER_TRACE_QUIET_MS: '3000', GROUPER_COMPLETE_QUIET_MS: '500', VIEW_BATCH_MAX_AGE_MS: '200', GROUPER_SAMPLING_POLICY_FILE: policyFile },
    });
    const workload = startScript('tools/e2e/src/ui/testdata/ui-workload.js', {}, [JSON.stringify(pipeline.urls)]);
    const code = await workload.exited;
    if (code !== 0) throw new Error(`the UI workload failed (${code}): ${workload.output()}`);
    // Queryable: the service graph has an extrapolated edge.
    await pollUntil('an extrapolated edge in the service graph', async () => {
      const body = (await (await fetch(`${pipeline.urls.query}/api/service-graph?lookback=2h`)).json()) as { extrapolated?: boolean };
      return body.extrapolated === true;
    }, 90_000, 500);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    for (const ui of opened) await ui.page.context().close().catch(() => undefined);
    await browser?.close();
    await pipeline?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  async function open(path: string): Promise<UiPage> {
    const ui = await newUiPage(browser);
    opened.push(ui);
    ui.page.setDefaultTimeout(20_000);
    await ui.page.goto(`${pipeline.urls.query}${path}`, { waitUntil: 'domcontentloaded' });
    return ui;
  }

  async function finishPage(ui: UiPage, name: string): Promise<void> {
    await screenshot(ui.page, name);
    const violations = await axeViolations(ui.page);
    if (violations.length > 0) throw new Error(`${name}: ${violations.length} serious/critical accessibility violation(s):\n${describeViolations(violations)}`);
    ui.assertNoErrors();
  }

  it('the service map says its counts are estimated from sampled traces, and its edge labels carry ≈', async () => {
    const ui = await open('/map');
    await ui.page.locator(tid('service-map')).waitFor();
    const note = ui.page.locator(tid('extrapolated'));
    await note.waitFor();
    expect(await note.innerText()).toMatch(/Estimated from sampled traces: [\d,]+ stored calls? stands? for about [\d,]+\./);
    // SVG text has no innerText: its textContent.
    const labels = await ui.page.locator(`${tid('map-edge')} .edge-label`).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.some((l) => l.startsWith('≈'))).toBe(true);
    await finishPage(ui, 'map-sampled');
  }, 120_000);

  it("a service's RED charts say they are estimated", async () => {
    const overview = (await (await fetch(`${pipeline.urls.query}/api/overview/services?lookback=2h`)).json()) as { data: Array<{ service: string; extrapolated: boolean }> };
    const service = overview.data.find((s) => s.extrapolated)?.service;
    expect(service).toBeDefined();
    const ui = await open(`/services/${encodeURIComponent(service as string)}`);
    await ui.page.locator(tid('service-page')).waitFor();
    const note = ui.page.locator(tid('extrapolated')).first();
    await note.waitFor();
    expect(await note.innerText()).toContain('Estimated from sampled traces');
    await finishPage(ui, 'service-sampled');
  }, 120_000);
});
