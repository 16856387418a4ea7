// The trace view rendered to HTML (no browser): the rows carry the data-testid hooks the browser
// tests use, and a 10,000-span trace puts only the rows in view (plus the overscan) in the DOM.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { UiSpan, UiTrace } from '../lib/trace-model';
import { TraceView } from './trace-view';

const span = (spanId: string, parentSpanId: string | undefined, startUs: number, durationUs: number, over: Partial<UiSpan> = {}): UiSpan => ({
  traceId: 't1', spanId, ...(parentSpanId ? { parentSpanId } : {}), service: 'svc', operation: `op ${spanId}`, kind: 'internal', startUs, durationUs, error: false,
  statusCode: 'UNSET', statusMessage: '', attributes: [], resource: [], events: [], links: [], warnings: [], ...over,
});

const render = (trace: UiTrace, critical = [{ spanId: 'root', startUs: 0, endUs: 10 }]) => renderToString(h(TraceView, { trace, critical, download: { json: () => '{}', fileName: 't.json' } }));
const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('TraceView', () => {
  it('renders span rows with their error, critical and depth marks, a toggle on parents, and the warnings', () => {
    const trace: UiTrace = {
      traceId: 't1',
      spans: [span('root', undefined, 0, 100), span('child', 'root', 10, 50, { error: true, warnings: ['clock skew adjusted by 3ms'] })],
      warnings: [],
    };
    const html = render(trace);
    expect(count(html, 'data-testid="span-row"')).toBe(2);
    expect(html).toMatch(/data-span-id="root" data-error="false" data-critical="true" data-depth="0"/);
    expect(html).toMatch(/data-span-id="child" data-error="true" data-critical="false" data-depth="1"/);
    expect(count(html, 'data-testid="span-toggle"')).toBe(1);
    expect(html).toContain('data-testid="trace-warnings"');
    expect(html).toContain('clock skew adjusted by 3ms');
    for (const id of ['trace-view', 'trace-minimap', 'trace-find', 'trace-find-count', 'trace-download', 'collapse-depth']) expect(html).toContain(`data-testid="${id}"`);
  });

  it('puts only the visible rows of a 10,000-span trace in the DOM', () => {
    const spans = [span('s0', undefined, 0, 10_000), ...Array.from({ length: 9_999 }, (_, i) => span(`s${i + 1}`, 's0', i, 5))];
    const html = render({ traceId: 't1', spans, warnings: [] });
    const rows = count(html, 'data-testid="span-row"');
    expect(rows).toBeGreaterThan(10);
    expect(rows).toBeLessThan(100);
    expect(html).toContain('10000 spans');
    expect(html).not.toContain('data-testid="trace-warnings"');
  });
});
