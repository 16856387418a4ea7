// Search: the form writes its query into the URL (bookmarkable); the URL drives the results, a
// duration-over-time scatter plot and the list of trace summaries.
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { api, enc } from '../lib/api';
import { fromSearchUrl, SearchQueryError, toApiParams, toSearchUrl, type SearchQuery } from '../lib/search-query';
import { searchSummaries } from '../lib/summaries';
import { Loaded, useAsync } from '../components/async';
import { ScatterPlot } from '../components/chart';
import { useTimeWindow } from '../components/shell';
import { TraceSummaryList } from '../components/summaries';

const LOOKBACKS = ['5m', '15m', '1h', '6h', '24h', '2d', '7d'] as const;

/** µs since the epoch as a datetime-local value (local time, seconds). */
function toLocalInput(us: number): string {
  if (!Number.isFinite(us)) return '';
  const ms = us / 1_000 - new Date(us / 1_000).getTimezoneOffset() * 60_000;
  return new Date(ms).toISOString().slice(0, 19);
}

/** A datetime-local value as µs since the epoch (a string, as the URL carries it); undefined when empty. */
function fromLocalInput(value: string): string | undefined {
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? String(ms * 1_000) : undefined;
}

export default function SearchPage() {
  const { query } = useRoute();
  const { route } = useLocation();
  const { refresh } = useTimeWindow();
  const current = fromSearchUrl(query);
  const key = toSearchUrl(current);
  const [form, setForm] = useState<SearchQuery>(current);
  useEffect(() => setForm(current), [key]);
  const services = useAsync(() => api.services(), []);
  // Operations only for a known service: not one request per keystroke while a name is typed.
  const knownService = services.status === 'ok' && form.service !== undefined && services.value.includes(form.service) ? form.service : undefined;
  const operations = useAsync(() => (knownService ? api.operations(knownService) : Promise.resolve([])), [knownService]);
  let apiParams: Record<string, string> | undefined;
  let invalid: SearchQueryError | undefined;
  try {
    apiParams = toApiParams(current);
  } catch (err) {
    if (err instanceof SearchQueryError) invalid = err;
    else throw err;
  }
  const hasQuery = key !== '';
  const results = useAsync(() => (apiParams && hasQuery ? searchSummaries(apiParams) : Promise.resolve([])), [key, refresh]);
  const set = (k: keyof SearchQuery) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Search traces</h1>
      <form
        class="search"
        data-testid="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          route(`/search${toSearchUrl(form) || '?lookback=1h'}`);
        }}
      >
        <label>
          Service
          <input name="service" list="services-list" value={form.service ?? ''} onInput={set('service')} placeholder="any" />
          <datalist id="services-list">{services.status === 'ok' && services.value.map((s) => <option key={s} value={s} />)}</datalist>
        </label>
        <label>
          Operation
          <input name="operation" list="operations-list" value={form.operation ?? ''} onInput={set('operation')} placeholder="any" />
          <datalist id="operations-list">{operations.status === 'ok' && operations.value.map((s) => <option key={s} value={s} />)}</datalist>
        </label>
        <label class="wide">
          Attributes (key=value, several separated by spaces)
          <input name="tags" value={form.tags ?? ''} onInput={set('tags')} placeholder='http.status_code=500 error=true note="a b"' />
        </label>
        <label>
          Min duration
          <input name="minDuration" value={form.minDuration ?? ''} onInput={set('minDuration')} placeholder="e.g. 100ms" />
        </label>
        <label>
          Max duration
          <input name="maxDuration" value={form.maxDuration ?? ''} onInput={set('maxDuration')} placeholder="e.g. 2s" />
        </label>
        <label>
          Time range
          <select
            name="lookback"
            value={form.start !== undefined ? 'custom' : (form.lookback ?? '1h')}
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value;
              const nowUs = Date.now() * 1_000;
              setForm(v === 'custom' ? { ...form, lookback: undefined, start: String(nowUs - 3_600_000_000), end: String(nowUs) } : { ...form, lookback: v, start: undefined, end: undefined });
            }}
          >
            {LOOKBACKS.map((l) => (
              <option key={l} value={l}>
                last {l}
              </option>
            ))}
            <option value="custom">custom range…</option>
          </select>
        </label>
        {form.start !== undefined && (
          <>
            <label>
              From
              <input name="start" type="datetime-local" step={1} value={toLocalInput(Number(form.start))} onChange={(e) => setForm({ ...form, start: fromLocalInput((e.target as HTMLInputElement).value) ?? form.start })} />
            </label>
            <label>
              To
              <input name="end" type="datetime-local" step={1} value={toLocalInput(Number(form.end ?? form.start))} onChange={(e) => setForm({ ...form, end: fromLocalInput((e.target as HTMLInputElement).value) ?? form.end })} />
            </label>
          </>
        )}
        <label>
          Limit
          <input name="limit" type="number" min={1} max={1500} value={form.limit ?? '20'} onInput={set('limit')} />
        </label>
        <label class="check">
          <span>
            <input
              name="loggedError"
              type="checkbox"
              data-testid="search-logged-error"
              checked={form.loggedError === 'true'}
              onChange={(e) => setForm({ ...form, loggedError: (e.target as HTMLInputElement).checked ? 'true' : undefined })}
            />{' '}
            Only traces that logged an error
          </span>
        </label>
        <div>
          <button class="primary" type="submit" data-testid="search-submit">
            Find traces
          </button>
        </div>
      </form>
      {invalid && (
        <div class="banner error" role="alert">
          {invalid.message}
        </div>
      )}
      {!invalid && hasQuery && (
        <Loaded state={results} what="the traces">
          {(list) => (
            <>
              <ScatterPlot points={list} onOpen={(id) => route(`/trace/${enc(id)}`)} />
              <h2>
                {list.length} trace{list.length === 1 ? '' : 's'}
              </h2>
              <TraceSummaryList summaries={list} empty="No trace matches this search." />
            </>
          )}
        </Loaded>
      )}
      {!hasQuery && <p class="muted">Choose a service, operation or attributes and press Find traces. The URL keeps the search, so it can be bookmarked and shared.</p>}
    </section>
  );
}
