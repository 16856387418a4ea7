// The browser harness itself, in Debian's Chromium: that the checks the UI tests rely on do catch
// what they are meant to (an accessibility check that passes everything, or a console-error capture
// that hears nothing, would make the UI tests prove nothing).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { pollUntil } from '@tracehouse/testing';
import { axeViolations, chromiumPath, launchChromium, newUiPage, screenshot, VIEWPORT } from './browser';

describe('the browser harness (Debian Chromium through playwright-core)', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'ui-harness-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports serious and critical WCAG violations and nothing for an accessible page', async () => {
    const { page } = await newUiPage(browser);
    await page.setContent('<!doctype html><html><head><title>bad</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button></main></body></html>');
    const bad = await axeViolations(page);
    expect(bad.map((v) => v.id).sort()).toEqual(['button-name', 'html-has-lang', 'image-alt']);
    expect(bad.every((v) => v.impact === 'serious' || v.impact === 'critical')).toBe(true);

    await page.setContent('<!doctype html><html lang="en"><head><title>good</title></head><body><main><h1>Services</h1><button>Refresh</button></main></body></html>');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('records console errors and uncaught exceptions so a test can fail on them', async () => {
    const ui = await newUiPage(browser);
    await ui.page.setContent('<html><body><script>console.error("render failed"); setTimeout(() => { throw new Error("late boom"); });</script></body></html>');
    await pollUntil('two errors recorded', () => ui.errors.length === 2, 5_000, 20);
    expect(ui.errors.join('\n')).toContain('render failed');
    expect(ui.errors.join('\n')).toContain('late boom');
    expect(() => ui.assertNoErrors()).toThrow(/logged 2 error\(s\)/);
    await ui.page.context().close();
  });

  it('uses the laptop viewport and writes screenshots under reports/ui', async () => {
    const { page } = await newUiPage(browser);
    expect(page.viewportSize()).toEqual(VIEWPORT);
    await page.setContent('<html lang="en"><body><h1>tracehouse</h1></body></html>');
    const path = await screenshot(page, 'harness', dir);
    expect(path).toBe(join(dir, 'reports', 'ui', 'harness.png'));
    // A PNG signature: the file is an image, not an empty placeholder.
    expect(readFileSync(path).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    await expect(screenshot(page, '../escape', dir)).rejects.toThrow(/lowercase letters/);
    await page.context().close();
  });

  it('takes the binary from CHROMIUM_PATH when set', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });
});
