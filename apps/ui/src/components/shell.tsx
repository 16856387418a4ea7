// The app shell: navigation, the time window every page uses, the theme toggle, and the auth
// dialog asked for once when the query API wants an API key or tenant header (/api/ui-config).
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { getUiConfig, onUnauthorized, setCredential, storedCredential, type UiConfig } from '../lib/api';
import { DEFAULT_WINDOW, parseWindow, serializeWindow, WINDOW_PRESETS, type TimeWindow, type WindowPreset } from '../lib/time-window';

const WINDOW_KEY = 'tracehouse.window';
const THEME_KEY = 'tracehouse.theme';

const WindowContext = createContext<{ window: TimeWindow; setWindow: (w: TimeWindow) => void; refresh: number }>({ window: DEFAULT_WINDOW, setWindow: () => undefined, refresh: 0 });

/** The time window the pages show, and a counter that changes when the user asks for fresh data. */
export const useTimeWindow = () => useContext(WindowContext);

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function writeStorage(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
}

type Theme = 'auto' | 'light' | 'dark';
function applyTheme(theme: Theme): void {
  if (theme === 'auto') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
}

/** The current effective theme (the toggle's choice, else the system's). */
function effectiveTheme(theme: Theme): 'light' | 'dark' {
  if (theme !== 'auto') return theme;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const toMicros = (local: string): number => new Date(local).getTime() * 1_000;
const toLocalInput = (us: number): string => {
  const d = new Date(us / 1_000 - new Date().getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};

function WindowPicker({ value, onChange }: { readonly value: TimeWindow; readonly onChange: (w: TimeWindow) => void }) {
  const nowUs = Date.now() * 1_000;
  return (
    <div class="row" style={{ gap: '6px' }}>
      <label class="muted" for="time-window">
        Window
      </label>
      <select
        id="time-window"
        data-testid="time-window"
        value={value.kind === 'preset' ? value.lookback : 'custom'}
        onChange={(e) => {
          const v = (e.target as HTMLSelectElement).value;
          if (v === 'custom') onChange({ kind: 'custom', startUs: nowUs - 3_600_000_000, endUs: nowUs });
          else onChange({ kind: 'preset', lookback: v as WindowPreset });
        }}
      >
        {WINDOW_PRESETS.map((p) => (
          <option key={p} value={p}>
            Last {p}
          </option>
        ))}
        <option value="custom">Custom…</option>
      </select>
      {value.kind === 'custom' && (
        <>
          <input
            aria-label="Window start"
            type="datetime-local"
            value={toLocalInput(value.startUs)}
            onChange={(e) => {
              const startUs = toMicros((e.target as HTMLInputElement).value);
              // A cleared or partial input, or a start after the end, is not applied.
              if (Number.isFinite(startUs) && startUs < value.endUs) onChange({ ...value, startUs });
            }}
          />
          <input
            aria-label="Window end"
            type="datetime-local"
            value={toLocalInput(value.endUs)}
            onChange={(e) => {
              const endUs = toMicros((e.target as HTMLInputElement).value);
              if (Number.isFinite(endUs) && endUs > value.startUs) onChange({ ...value, endUs });
            }}
          />
        </>
      )}
    </div>
  );
}

function AuthDialog({ config, onDone }: { readonly config: UiConfig; readonly onDone: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState('');
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const what = config.auth === 'api-key' ? 'API key' : 'tenant';
  const header = headerOf(config);
  return (
    <dialog ref={ref} data-testid="auth-dialog" aria-labelledby="auth-title" onCancel={(e) => e.preventDefault()}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim() === '') return;
          setCredential(header, value.trim());
          ref.current?.close();
          onDone();
        }}
      >
        <h2 id="auth-title">This query API needs {config.auth === 'api-key' ? 'an API key' : 'a tenant'}</h2>
        <p class="muted">
          It is sent in the <code>{header}</code> header on every request and kept in this browser.
        </p>
        <label>
          {what}{' '}
          <input data-testid="auth-value" autoFocus type={config.auth === 'api-key' ? 'password' : 'text'} value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
        </label>{' '}
        <button class="primary" data-testid="auth-submit" type="submit">
          Continue
        </button>
      </form>
    </dialog>
  );
}

const headerOf = (c: UiConfig): string => c.header ?? (c.auth === 'api-key' ? 'x-api-key' : 'x-tenant-id');

/** The page frame; children render only once the credential (if one is needed) is known. */
export function Shell({ children }: { readonly children: ComponentChildren }) {
  const { path } = useLocation();
  const [win, setWin] = useState<TimeWindow>(() => parseWindow(readStorage(WINDOW_KEY)));
  const [theme, setTheme] = useState<Theme>(() => (readStorage(THEME_KEY) as Theme | null) ?? 'auto');
  const [config, setConfig] = useState<UiConfig>();
  const [configError, setConfigError] = useState<string>();
  const [asking, setAsking] = useState(false);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => applyTheme(theme), [theme]);
  useEffect(() => {
    getUiConfig()
      .then((c) => {
        setConfig(c);
        if (c.auth !== 'none' && storedCredential(headerOf(c)) === undefined) setAsking(true);
      })
      .catch((err: unknown) => setConfigError(err instanceof Error ? err.message : String(err)));
  }, []);
  useEffect(() => onUnauthorized(() => setAsking(true)), []);

  const setWindow = (w: TimeWindow) => {
    setWin(w);
    writeStorage(WINDOW_KEY, serializeWindow(w));
  };
  const next = effectiveTheme(theme) === 'dark' ? 'light' : 'dark';
  const navLink = (href: string, label: string, id: string, active: boolean) => (
    <a href={href} data-testid={id} class={active ? 'active' : ''} aria-current={active ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <WindowContext.Provider value={{ window: win, setWindow, refresh }}>
      <header class="top">
        <a class="brand" href="/">
          tracehouse
        </a>
        <nav aria-label="Main">
          {navLink('/', 'Home', 'nav-home', path === '/')}
          {navLink('/map', 'Map', 'nav-map', path.startsWith('/map'))}
          {navLink('/search', 'Search', 'nav-search', path.startsWith('/search'))}
          {navLink('/upload', 'Upload', 'nav-upload', path.startsWith('/upload'))}
        </nav>
        <span class="spacer" />
        <WindowPicker value={win} onChange={setWindow} />
        <button type="button" onClick={() => setRefresh((r) => r + 1)} title="Reload the data">
          Refresh
        </button>
        <button
          type="button"
          data-testid="theme-toggle"
          aria-label={`Switch to ${next} mode`}
          onClick={() => {
            // Applied at once (not only in the effect), so the page has the new colours when the click returns.
            applyTheme(next);
            setTheme(next);
            writeStorage(THEME_KEY, next);
          }}
        >
          {next === 'dark' ? '☾ Dark' : '☀ Light'}
        </button>
      </header>
      <main>
        {configError && <div class="banner error">The query API could not be reached: {configError}</div>}
        {config && asking && (
          <AuthDialog
            config={config}
            onDone={() => {
              setAsking(false);
              setRefresh((r) => r + 1);
            }}
          />
        )}
        {config && !asking ? children : !configError && !config ? <p class="muted">Loading…</p> : null}
      </main>
    </WindowContext.Provider>
  );
}
