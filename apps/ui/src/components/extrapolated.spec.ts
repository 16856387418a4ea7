// The extrapolation note rendered to HTML (no browser): present with its test hook and figures when a
// figure was extrapolated from tail-sampled traces, absent otherwise.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { ExtrapolatedNote } from './extrapolated';

describe('ExtrapolatedNote', () => {
  it('shows the stored and adjusted counts when a figure was extrapolated', () => {
    const html = renderToString(h(ExtrapolatedNote, { figures: [{ count: 1_000, sampled: 100, extrapolated: true }, { count: 20, sampled: 20, extrapolated: false }] }));
    expect(html).toContain('data-testid="extrapolated"');
    expect(html).toContain('Estimated from sampled traces: 120 stored calls stand for about 1,020.');
  });

  it('renders nothing when no figure was extrapolated', () => {
    expect(renderToString(h(ExtrapolatedNote, { figures: [{ count: 20, sampled: 20, extrapolated: false }, { count: 3 }] }))).toBe('');
  });
});
