// The trace view: a virtualized waterfall (only the rows in view plus an overscan are in the DOM,
// so 10,000 spans scroll smoothly), span tree collapse/expand and collapse-below-depth, service
// colours, error marks, the critical path, a minimap, find-in-trace, JSON download, warnings, the
// selected span's detail, and the trace's log lines: marked on their span's row at their time (a
// mark to hover or click), and listed in the Logs tab, filterable by span.
import type { CriticalSegment } from '@tracehouse/trace-analysis';
import type { RefObject } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { findSpans } from '../lib/find';
import { formatDuration, formatTime } from '../lib/format';
import { isErrorLog, logMarkers, logsOfSpan, logSummary, spansWithLogs, type LogMarker, type UiLog } from '../lib/logs-model';
import { traceWarnings, type TypedAttribute, type UiSpan, type UiTrace } from '../lib/trace-model';
import { barPosition, buildSpanTree, collapseBelowDepth, expandToShow, timeTicks, toggleCollapsed, virtualWindow, visibleRows, type SpanTree, type WaterfallRow } from '../lib/waterfall';

const ROW_HEIGHT = 24;
/** A trace id as the compare box accepts it (hex, up to 32 digits). */
const TRACE_ID = /^[0-9a-fA-F]{1,32}$/;
const OVERSCAN = 6;
/** Service colours: distinct hues readable on light and dark backgrounds. */
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f', '#d62728', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173'];

export interface TraceViewProps {
  readonly trace: UiTrace;
  /** The critical path (from the query API, or computed for uploads); undefined while loading. */
  readonly critical?: readonly CriticalSegment[];
  /** Opens the comparison of this trace with another (absent for uploads, which the API does not have). */
  readonly onCompare?: (otherTraceId: string) => void;
  /** What the download button saves (made when clicked: a 10,000-span trace is megabytes), and its file name. */
  readonly download: { readonly json: () => string; readonly fileName: string };
  /** The trace's log lines (undefined while loading; absent for uploads and APIs without logs). */
  readonly logs?: readonly UiLog[];
  /** Why there are no lines to show, when it is not "none were written" (no log store, an error). */
  readonly logsNote?: string;
}

function Attributes({ list, testId }: { readonly list: readonly TypedAttribute[]; readonly testId?: string }) {
  if (list.length === 0) return <p class="muted">none</p>;
  return (
    <table>
      <tbody>
        {list.map((a, i) => (
          <tr key={`${a.key}-${i}`} data-testid={testId} data-key={a.key} data-type={a.type}>
            <td class="k">{a.key}</td>
            <td class="t">{a.type}</td>
            <td class="mono">{String(a.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SpanDetail({ span, traceStartUs, critical, logCount, onShowLogs }: { readonly span: UiSpan; readonly traceStartUs: number; readonly critical: boolean; readonly logCount: number; readonly onShowLogs: () => void }) {
  return (
    <aside class="detail" data-testid="span-detail" aria-label="Span detail" tabIndex={0}>
      <h2 style={{ marginTop: 0 }}>
        {span.service} <span class="muted">{span.operation}</span>
      </h2>
      <table>
        <tbody>
          <tr>
            <td class="k">span id</td>
            <td class="mono">{span.spanId}</td>
          </tr>
          {span.parentSpanId && (
            <tr>
              <td class="k">parent</td>
              <td class="mono">{span.parentSpanId}</td>
            </tr>
          )}
          <tr>
            <td class="k">kind</td>
            <td>{span.kind || 'unspecified'}</td>
          </tr>
          <tr>
            <td class="k">start</td>
            <td>
              {formatTime(span.startUs)} (+{formatDuration(span.startUs - traceStartUs)})
            </td>
          </tr>
          <tr>
            <td class="k">duration</td>
            <td>{formatDuration(span.durationUs)}</td>
          </tr>
          <tr>
            <td class="k">status</td>
            <td class={span.error ? 'bad' : ''}>
              {span.statusCode}
              {span.statusMessage ? `: ${span.statusMessage}` : ''}
            </td>
          </tr>
          <tr>
            <td class="k">critical path</td>
            <td>{critical ? 'yes' : 'no'}</td>
          </tr>
        </tbody>
      </table>
      {span.warnings.length > 0 && (
        <>
          <h3>Warnings</h3>
          <ul>
            {span.warnings.map((w) => (
              <li key={w} class="warn">
                {w}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Logs ({logCount})</h3>
      {logCount === 0 ? (
        <p class="muted">none</p>
      ) : (
        <button type="button" data-testid="span-show-logs" onClick={onShowLogs}>
          Show the {logCount} log line{logCount === 1 ? '' : 's'} of this span
        </button>
      )}
      <h3>Attributes</h3>
      <Attributes list={span.attributes} testId="span-attr" />
      <h3>Events ({span.events.length})</h3>
      {span.events.length === 0 ? (
        <p class="muted">none</p>
      ) : (
        span.events.map((e, i) => (
          <div key={i}>
            <p style={{ margin: '4px 0' }}>
              <strong>{e.name || 'event'}</strong> <span class="muted">+{formatDuration(e.timeUs - span.startUs)}</span>
            </p>
            <Attributes list={e.attributes} />
          </div>
        ))
      )}
      <h3>Links ({span.links.length})</h3>
      {span.links.length === 0 ? (
        <p class="muted">none</p>
      ) : (
        <ul>
          {span.links.map((l) => (
            <li key={`${l.traceId}/${l.spanId}`} class="mono">
              {l.refType}: <a href={`/trace/${encodeURIComponent(l.traceId)}`}>{l.traceId}</a> / {l.spanId}
            </li>
          ))}
        </ul>
      )}
      <h3>Resource</h3>
      <Attributes list={span.resource} />
    </aside>
  );
}

function Minimap({ tree, spans, rows, colour, scrollTop, viewport, onJump }: {
  readonly tree: SpanTree;
  readonly spans: readonly UiSpan[];
  readonly rows: readonly { index: number }[];
  readonly colour: (s: UiSpan) => string;
  readonly scrollTop: number;
  readonly viewport: number;
  readonly onJump: (fraction: number) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const w = (c.width = c.clientWidth * (window.devicePixelRatio || 1));
    const h = (c.height = c.clientHeight * (window.devicePixelRatio || 1));
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, w, h);
    const n = rows.length;
    const rowH = Math.max(h / Math.max(n, 1), 0.5);
    for (let r = 0; r < n; r++) {
      const s = spans[rows[r]!.index]!;
      const { left, width } = barPosition(tree, s.startUs, s.durationUs);
      ctx.fillStyle = s.error ? '#d62728' : colour(s);
      ctx.fillRect(left * w, (r / n) * h, Math.max(1, width * w), Math.max(1, rowH));
    }
  }, [tree, rows]);
  const total = rows.length * ROW_HEIGHT || 1;
  const top = Math.min(1, scrollTop / total);
  const height = Math.min(1 - top, viewport / total);
  return (
    <div
      class="minimap"
      data-testid="trace-minimap"
      role="scrollbar"
      aria-orientation="vertical"
      aria-controls="waterfall-rows"
      aria-valuenow={Math.round(top * 100)}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-label="Trace minimap: click to jump"
      tabIndex={0}
      onClick={(e) => {
        const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
        onJump((e.clientY - rect.top) / rect.height);
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown') onJump(Math.min(1, top + 0.1));
        if (e.key === 'ArrowUp') onJump(Math.max(0, top - 0.1));
      }}
    >
      <canvas ref={canvas} />
      <div class="viewport" style={{ top: `${top * 100}%`, height: `${Math.max(2, height * 100)}%` }} />
    </div>
  );
}

/** Where a bar's duration label goes: after the bar, else before it, else inside its right end. */
function durationLabelStyle(left: number, width: number): Record<string, string> {
  if (left + width <= 0.85) return { left: `${(left + width) * 100 + 0.5}%` };
  if (left >= 0.15) return { right: `${(1 - left) * 100 + 0.5}%` };
  return { right: `${(1 - left - width) * 100 + 0.5}%`, color: '#fff', textShadow: '0 0 2px #000' };
}

interface WaterfallProps {
  readonly tree: SpanTree;
  readonly spans: readonly UiSpan[];
  readonly rows: readonly WaterfallRow[];
  readonly selected: number | undefined;
  readonly matchSet: ReadonlySet<number>;
  readonly criticalBySpan: ReadonlyMap<string, readonly CriticalSegment[]>;
  readonly colourOf: (s: UiSpan) => string;
  readonly onSelect: (index: number) => void;
  readonly onToggle: (index: number) => void;
  readonly onKeyDown: (e: KeyboardEvent) => void;
  readonly scroller: RefObject<HTMLDivElement>;
  /** Each span's log lines on its row. */
  readonly markers: ReadonlyMap<string, readonly LogMarker[]>;
  readonly onLog: (log: UiLog, index: number) => void;
}

/**
 * The minimap and the virtualized rows. The scroll position lives here, so scrolling re-renders
 * only this (the rows in view), not the toolbar, the warnings or the span detail.
 */
function Waterfall({ tree, spans, rows, selected, matchSet, criticalBySpan, colourOf, onSelect, onToggle, onKeyDown, scroller, markers, onLog }: WaterfallProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    setViewport(el.clientHeight);
    const ro = new ResizeObserver(() => setViewport(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const { first, last } = virtualWindow(scrollTop, viewport, ROW_HEIGHT, rows.length, OVERSCAN);
  const ticks = timeTicks(tree.durationUs);
  return (
    <div class="wf-inner">
      <Minimap tree={tree} spans={spans} rows={rows} colour={colourOf} scrollTop={scrollTop} viewport={viewport} onJump={(f) => scroller.current && (scroller.current.scrollTop = f * rows.length * ROW_HEIGHT - viewport / 2)} />
      <div class="waterfall">
        <div class="wf-header">
          <div class="wf-name" style={{ paddingLeft: '8px' }}>
            Service and operation
          </div>
          <div class="wf-timeline">
            {ticks.map((t, i) => (
              <span key={i} class="wf-tick" style={{ left: `${(i / (ticks.length - 1)) * 100}%`, ...(i === ticks.length - 1 ? { transform: 'translateX(-100%)', borderLeft: 'none' } : {}) }}>
                {formatDuration(t)}
              </span>
            ))}
          </div>
        </div>
        <div class="wf-scroll" id="waterfall-rows" tabIndex={0} ref={scroller} onKeyDown={onKeyDown} aria-activedescendant={selected !== undefined ? `span-row-${selected}` : undefined} onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)} role="tree" aria-label="Spans">
          <div class="wf-rows" style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
            {rows.slice(first, last).map((row, k) => {
              const s = spans[row.index]!;
              const { left, width } = barPosition(tree, s.startUs, s.durationUs);
              const segs = criticalBySpan.get(s.spanId);
              const colour = colourOf(s);
              return (
                <div
                  // Keyed by slot, not by span: scrolling then patches the same few dozen row
                  // elements in place instead of creating and removing rows every frame.
                  key={k}
                  class={`wf-row ${selected === row.index ? 'selected' : ''} ${matchSet.has(row.index) ? 'match' : ''}`}
                  style={{ top: `${(first + k) * ROW_HEIGHT}px` }}
                  data-testid="span-row"
                  id={`span-row-${row.index}`}
                  data-span-id={s.spanId}
                  data-error={String(s.error)}
                  data-critical={String(segs !== undefined)}
                  data-depth={String(row.depth)}
                  role="treeitem"
                  aria-level={row.depth + 1}
                  aria-expanded={row.childCount > 0 ? !row.collapsed : undefined}
                  aria-selected={selected === row.index}
                  onClick={() => onSelect(row.index)}
                >
                  <div class="wf-name" style={{ paddingLeft: `${Math.min(row.depth, 40) * 12 + 2}px` }}>
                    {row.childCount > 0 ? (
                      <button
                        type="button"
                        class="wf-toggle"
                        data-testid="span-toggle"
                        aria-label={`${row.collapsed ? 'Expand' : 'Collapse'} ${row.childCount} children`}
                        onClick={(e) => {
                          e.stopPropagation();
                          onToggle(row.index);
                        }}
                      >
                        {row.collapsed ? '▶' : '▼'}
                      </button>
                    ) : (
                      <span class="wf-toggle-space" />
                    )}
                    <span class="wf-svcbar" style={{ background: colour }} />
                    <span class="svc">{s.service}</span>
                    <span class="op">{s.operation}</span>
                    {s.error && (
                      <span class="wf-err" title="error" aria-label="error">
                        ●
                      </span>
                    )}
                    {s.warnings.length > 0 && (
                      <span class="warn" title={s.warnings.join('\n')} aria-label="has warnings" style={{ marginLeft: '4px' }}>
                        ⚠
                      </span>
                    )}
                    {row.collapsed && <span class="pill" style={{ marginLeft: '4px' }}>+{row.childCount}</span>}
                  </div>
                  <div class="wf-timeline">
                    <div class="wf-bar" style={{ left: `${left * 100}%`, width: `${width * 100}%`, background: s.error ? 'var(--bad)' : colour }} />
                    {segs?.map((seg, i) => {
                      const p = barPosition(tree, seg.startUs, seg.endUs - seg.startUs, 0.001);
                      return <div key={i} class="wf-crit" style={{ left: `${p.left * 100}%`, width: `${p.width * 100}%` }} />;
                    })}
                    <span class="wf-dur" style={durationLabelStyle(left, width)}>
                      {formatDuration(s.durationUs)}
                    </span>
                    {markers.get(s.spanId)?.map((m) => {
                      const text = logSummary(m.log);
                      return (
                        <button
                          key={m.log.id}
                          type="button"
                          class={`wf-log ${isErrorLog(m.log) ? 'err' : ''}`}
                          data-testid="log-marker"
                          data-log-id={m.log.id}
                          data-level={m.log.level}
                          style={{ left: `${m.left * 100}%` }}
                          title={`+${formatDuration(m.log.timeUs - tree.startUs)} ${text}`}
                          aria-label={`Log line: ${text}`}
                          onClick={(e) => {
                            e.stopPropagation();
                            onLog(m.log, row.index);
                          }}
                        />
                      );
                    })}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

interface LogsPanelProps {
  readonly spans: readonly UiSpan[];
  readonly logs: readonly UiLog[] | undefined;
  readonly note: string | undefined;
  readonly traceStartUs: number;
  /** The span whose lines are shown; undefined: every line. */
  readonly spanId: string | undefined;
  readonly onSpan: (spanId: string | undefined) => void;
  readonly onOpenSpan: (spanId: string) => void;
}

/** The Logs tab: the trace's lines in time order (time, severity, service, span, body), attributes on demand, filterable by span. */
function LogsPanel({ spans, logs, note, traceStartUs, spanId, onSpan, onOpenSpan }: LogsPanelProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const spanOf = useMemo(() => new Map(spans.map((s) => [s.spanId, s])), [spans]);
  const logged = useMemo(() => spansWithLogs(spans, logs ?? []), [spans, logs]);
  const shown = useMemo(() => logsOfSpan(logs ?? [], spanId), [logs, spanId]);
  if (logs === undefined) return <p class="muted">Loading the trace's log lines…</p>;
  const toggle = (id: string) =>
    setExpanded((e) => {
      const next = new Set(e);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <section data-testid="trace-logs" aria-label="Log lines of the trace">
      {note && <div class="banner warn">{note}</div>}
      <div class="row" style={{ marginBottom: '6px' }}>
        <label for="log-span-filter">Span</label>
        <select id="log-span-filter" data-testid="log-span-filter" value={spanId ?? ''} onChange={(e) => onSpan((e.target as HTMLSelectElement).value || undefined)}>
          <option value="">all spans ({logs.length})</option>
          {logged.map(({ span, count }) => (
            <option key={span.spanId} value={span.spanId}>
              {span.service} {span.operation} ({count})
            </option>
          ))}
          {spanId !== undefined && !logged.some((x) => x.span.spanId === spanId) && <option value={spanId}>span {spanId} (0)</option>}
        </select>
        <span class="muted" data-testid="log-shown-count">
          {shown.length} line{shown.length === 1 ? '' : 's'}
        </span>
      </div>
      {shown.length === 0 ? (
        <p class="muted">{logs.length === 0 ? 'No log lines were written in this trace (or none reached tracehouse: send OTLP logs to the collector).' : 'This span wrote no log lines.'}</p>
      ) : (
        <table class="grid logs">
          <thead>
            <tr>
              <th>Time</th>
              <th>Severity</th>
              <th>Service</th>
              <th>Span</th>
              <th>Body</th>
              <th>
                <span class="sr-only">Attributes</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.flatMap((log) => {
              const span = spanOf.get(log.spanId);
              const open = expanded.has(log.id);
              const rows = [
                <tr key={log.id} data-testid="log-row" data-log-id={log.id} data-span-id={log.spanId} data-level={log.level}>
                  <td class="mono" title={formatTime(log.timeUs)}>
                    +{formatDuration(log.timeUs - traceStartUs)}
                  </td>
                  <td>
                    <span class={`sev ${log.level}`}>{log.severity}</span>
                  </td>
                  <td>{log.service}</td>
                  <td>
                    {span ? (
                      <button type="button" class="wf-toggle" style={{ width: 'auto', padding: '0 4px' }} data-testid="log-span-link" title={`Show span ${span.spanId} in the timeline`} onClick={() => onOpenSpan(span.spanId)}>
                        {span.operation}
                      </button>
                    ) : (
                      <span class="muted mono">{log.spanId || '–'}</span>
                    )}
                  </td>
                  <td class="body mono">{log.body}</td>
                  <td>
                    {log.attributes.length > 0 && (
                      <button type="button" data-testid="log-attrs-toggle" aria-expanded={open} aria-label={`${open ? 'Hide' : 'Show'} the ${log.attributes.length} attributes`} onClick={() => toggle(log.id)}>
                        {open ? '−' : '+'} {log.attributes.length}
                      </button>
                    )}
                  </td>
                </tr>,
              ];
              if (open) {
                rows.push(
                  <tr key={`${log.id}-attrs`} data-testid="log-attrs">
                    <td colSpan={6} class="detail-inline">
                      <Attributes list={log.attributes} testId="log-attr" />
                    </td>
                  </tr>,
                );
              }
              return rows;
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The trace view of one trace. */
export function TraceView({ trace, critical, download, onCompare, logs, logsNote }: TraceViewProps) {
  const spans = trace.spans;
  const tree = useMemo(() => buildSpanTree(spans), [spans]);
  const [collapsed, setCollapsed] = useState<Set<number>>(() => new Set());
  const [depthChoice, setDepthChoice] = useState('all');
  const rows = useMemo(() => visibleRows(tree, collapsed), [tree, collapsed]);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [find, setFind] = useState('');
  const [compareWith, setCompareWith] = useState('');
  const [matchCursor, setMatchCursor] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const [tab, setTab] = useState<'timeline' | 'logs'>('timeline');
  const [logSpan, setLogSpan] = useState<string | undefined>(undefined);
  const [openLog, setOpenLog] = useState<UiLog | undefined>(undefined);
  const markers = useMemo(() => logMarkers(tree, logs ?? [], new Set(spans.map((s) => s.spanId))), [tree, logs, spans]);
  const logCountOf = useMemo(() => {
    const m = new Map<string, number>();
    for (const l of logs ?? []) m.set(l.spanId, (m.get(l.spanId) ?? 0) + 1);
    return m;
  }, [logs]);
  const showLogsOf = (spanId: string | undefined) => {
    setLogSpan(spanId);
    setTab('logs');
  };

  const services = useMemo(() => [...new Set(spans.map((s) => s.service))].sort(), [spans]);
  const colourOf = useMemo(() => {
    const m = new Map(services.map((s, i) => [s, PALETTE[i % PALETTE.length]!]));
    return (s: UiSpan) => m.get(s.service) ?? '#888';
  }, [services]);
  const criticalBySpan = useMemo(() => {
    const m = new Map<string, CriticalSegment[]>();
    for (const seg of critical ?? []) m.set(seg.spanId, [...(m.get(seg.spanId) ?? []), seg]);
    return m;
  }, [critical]);
  const matches = useMemo(() => findSpans(spans, find), [spans, find]);
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const rowOf = useMemo(() => {
    const m = new Map<number, number>();
    rows.forEach((r, i) => m.set(r.index, i));
    return m;
  }, [rows]);

  const onToggle = useCallback((index: number) => setCollapsed((c) => toggleCollapsed(c, index)), []);

  const scrollToRow = (row: number) => {
    const el = scroller.current;
    if (!el) return;
    const top = row * ROW_HEIGHT;
    if (top < el.scrollTop || top > el.scrollTop + el.clientHeight - ROW_HEIGHT) el.scrollTop = Math.max(0, top - el.clientHeight / 3);
  };
  const [pendingReveal, setPendingReveal] = useState<number>();
  useEffect(() => {
    if (pendingReveal === undefined) return;
    const r = rowOf.get(pendingReveal);
    if (r !== undefined) scrollToRow(r);
    setPendingReveal(undefined);
  }, [rowOf, pendingReveal]);

  const reveal = (index: number) => {
    setCollapsed((c) => expandToShow(tree, c, [index]));
    setSelected(index);
    setPendingReveal(index);
  };
  const jumpToMatch = (cursor: number) => {
    if (matches.length === 0) return;
    const c = ((cursor % matches.length) + matches.length) % matches.length;
    setMatchCursor(c);
    reveal(matches[c]!);
  };

  /** Arrow keys in the waterfall: up/down move the selection, left collapses, right expands. */
  const onRowsKey = (e: KeyboardEvent) => {
    const at = selected === undefined ? -1 : (rowOf.get(selected) ?? -1);
    const row = at >= 0 ? rows[at] : undefined;
    let next: number | undefined;
    if (e.key === 'ArrowDown') next = Math.min(rows.length - 1, at + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, at - 1);
    else if (e.key === 'ArrowLeft' && row && row.childCount > 0 && !row.collapsed) onToggle(row.index);
    else if (e.key === 'ArrowRight' && row && row.collapsed) onToggle(row.index);
    else return;
    e.preventDefault();
    if (next !== undefined && rows[next]) {
      setSelected(rows[next]!.index);
      scrollToRow(next);
    }
  };

  // Error spans in tree order, so "Next error" walks down the waterfall.
  const errorSpans = useMemo(() => {
    const all = visibleRows(tree, new Set());
    return all.filter((r) => spans[r.index]!.error).map((r) => r.index);
  }, [tree, spans]);
  const nextError = () => {
    if (errorSpans.length === 0) return;
    const at = selected === undefined ? -1 : errorSpans.indexOf(selected);
    reveal(errorSpans[(at + 1) % errorSpans.length]!);
  };

  const warnings = useMemo(() => traceWarnings(trace), [trace]);
  const errorCount = useMemo(() => spans.reduce((n, s) => n + (s.error ? 1 : 0), 0), [spans]);
  const root = spans[tree.roots[0] ?? 0];
  const selectedSpan = selected !== undefined ? spans[selected] : undefined;

  return (
    <section data-testid="trace-view" aria-label="Trace">
      <div class="trace-head">
        <h1 style={{ margin: 0 }}>
          {root?.service} <span class="muted">{root?.operation}</span>
        </h1>
        <span class="mono muted">{trace.traceId}</span>
        <span>{formatTime(tree.startUs)}</span>
        <span>{formatDuration(tree.durationUs)}</span>
        <span>{spans.length} spans</span>
        <span>{services.length} services</span>
        <span class={errorCount > 0 ? 'bad' : 'muted'}>
          {errorCount} error{errorCount === 1 ? '' : 's'}
        </span>
        <span>depth {tree.maxDepth + 1}</span>
        {logs !== undefined && (
          <span data-testid="trace-log-count">
            {logs.length} log line{logs.length === 1 ? '' : 's'}
          </span>
        )}
      </div>
      {warnings.length > 0 && (
        <div class="banner warn" data-testid="trace-warnings" role="status">
          <strong>
            {warnings.length} warning{warnings.length === 1 ? '' : 's'}:
          </strong>
          <ul style={{ margin: '4px 0', maxHeight: '80px', overflow: 'auto' }}>
            {warnings.slice(0, 50).map((w, i) => (
              <li key={i}>
                {w.spanId !== undefined ? (
                  <button type="button" class="wf-toggle" style={{ width: 'auto', padding: '0 4px' }} onClick={() => reveal(tree.indexOf.get(w.spanId!) ?? 0)}>
                    span {w.spanId}
                  </button>
                ) : (
                  'trace'
                )}
                : {w.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="tabs" role="tablist" aria-label="Trace views">
        <button type="button" role="tab" id="tab-timeline" data-testid="trace-tab-timeline" aria-selected={tab === 'timeline'} aria-controls="panel-timeline" onClick={() => setTab('timeline')}>
          Timeline
        </button>
        <button type="button" role="tab" id="tab-logs" data-testid="trace-tab-logs" aria-selected={tab === 'logs'} aria-controls="panel-logs" onClick={() => setTab('logs')}>
          Logs{logs !== undefined ? ` (${logs.length})` : ''}
        </button>
      </div>
      {tab === 'timeline' ? (
        <div role="tabpanel" id="panel-timeline" aria-labelledby="tab-timeline">
      <div class="row" style={{ marginBottom: '6px' }}>
        <label for="trace-find">Find</label>
        <input
          id="trace-find"
          data-testid="trace-find"
          type="search"
          value={find}
          placeholder="service, operation, attribute, key=value"
          onInput={(e) => {
            setFind((e.target as HTMLInputElement).value);
            setMatchCursor(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') jumpToMatch(e.shiftKey ? matchCursor - 1 : matchCursor + (selected === matches[matchCursor] ? 1 : 0));
          }}
        />
        <span data-testid="trace-find-count" aria-live="polite">
          {find.trim() === '' ? '' : matches.length === 0 ? 'no match' : `${matchCursor + 1} of ${matches.length}`}
        </span>
        <button type="button" disabled={matches.length === 0} onClick={() => jumpToMatch(matchCursor - 1)} aria-label="Previous match">
          ↑
        </button>
        <button type="button" disabled={matches.length === 0} onClick={() => jumpToMatch(matchCursor + 1)} aria-label="Next match">
          ↓
        </button>
        <button type="button" disabled={errorSpans.length === 0} onClick={() => nextError()} title="Select the next span with an error, expanding its parents">
          Next error
        </button>
        <label for="collapse-depth">Show depth</label>
        <select
          id="collapse-depth"
          data-testid="collapse-depth"
          value={depthChoice}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            setDepthChoice(v);
            setCollapsed(v === 'all' ? new Set() : collapseBelowDepth(tree, Number(v)));
          }}
        >
          <option value="all">all</option>
          {Array.from({ length: Math.min(tree.maxDepth, 30) }, (_, d) => (
            <option key={d} value={String(d)}>
              to {d + 1}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="trace-download"
          onClick={() => {
            const url = URL.createObjectURL(new Blob([download.json()], { type: 'application/json' }));
            const a = document.createElement('a');
            a.href = url;
            a.download = download.fileName;
            a.click();
            setTimeout(() => URL.revokeObjectURL(url), 1_000);
          }}
        >
          Download JSON
        </button>
        {onCompare && (
          <form
            class="row"
            style={{ gap: '4px' }}
            onSubmit={(e) => {
              e.preventDefault();
              const other = compareWith.trim();
              if (TRACE_ID.test(other)) onCompare(other.toLowerCase());
            }}
          >
            <input aria-label="Trace id to compare with" placeholder="compare with trace id" size={20} value={compareWith} onInput={(e) => setCompareWith((e.target as HTMLInputElement).value)} />
            <button type="submit" disabled={!TRACE_ID.test(compareWith.trim())}>
              Compare
            </button>
          </form>
        )}
        <span class="muted">
          <span style={{ display: 'inline-block', width: '14px', height: '4px', background: 'var(--crit)', verticalAlign: 'middle' }} /> critical path{critical === undefined ? ' (loading)' : ''}
        </span>
      </div>
      <div class="trace-body">
        <div class="wf-column">
          {openLog && (
            <div class={`log-popover ${isErrorLog(openLog) ? 'err' : ''}`} data-testid="log-popover" role="status" aria-label="Log line">
              <span class="mono muted">+{formatDuration(openLog.timeUs - tree.startUs)}</span>
              <span class={`sev ${openLog.level}`}>{openLog.severity}</span>
              <strong>{openLog.service}</strong>
              <span class="body mono">{openLog.body}</span>
              <button type="button" onClick={() => showLogsOf(openLog.spanId)}>
                Span's logs
              </button>
              <button type="button" aria-label="Close the log line" onClick={() => setOpenLog(undefined)}>
                ×
              </button>
            </div>
          )}
          <Waterfall
            tree={tree}
            spans={spans}
            rows={rows}
            selected={selected}
            matchSet={matchSet}
            criticalBySpan={criticalBySpan}
            colourOf={colourOf}
            onSelect={setSelected}
            onToggle={onToggle}
            onKeyDown={onRowsKey}
            scroller={scroller}
            markers={markers}
            onLog={(log, index) => {
              setOpenLog(log);
              setSelected(index);
            }}
          />
        </div>
        {selectedSpan ? (
          <SpanDetail span={selectedSpan} traceStartUs={tree.startUs} critical={criticalBySpan.has(selectedSpan.spanId)} logCount={logCountOf.get(selectedSpan.spanId) ?? 0} onShowLogs={() => showLogsOf(selectedSpan.spanId)} />
        ) : (
          <aside class="detail muted" aria-label="Span detail" tabIndex={0}>
            Click a span to see its attributes, events, links, resource and status.
          </aside>
        )}
      </div>
        </div>
      ) : (
        <div role="tabpanel" id="panel-logs" aria-labelledby="tab-logs">
          <LogsPanel
            spans={spans}
            logs={logs}
            note={logsNote}
            traceStartUs={tree.startUs}
            spanId={logSpan}
            onSpan={setLogSpan}
            onOpenSpan={(spanId) => {
              const index = tree.indexOf.get(spanId);
              setTab('timeline');
              if (index !== undefined) reveal(index);
            }}
          />
        </div>
      )}
    </section>
  );
}
