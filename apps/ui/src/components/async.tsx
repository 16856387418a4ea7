// Loading data for a page: a hook that runs a fetch when its inputs change (dropping stale
// answers), and the loading/error display.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The state of one fetch. */
export type AsyncState<T> = { readonly status: 'loading' } | { readonly status: 'error'; readonly error: string } | { readonly status: 'ok'; readonly value: T };

/** Runs `load` whenever `deps` change; an answer to an older run is dropped. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    // Never show the previous input's answer as this one's (another service, another trace).
    setState({ status: 'loading' });
    load().then(
      (value) => current && setState({ status: 'ok', value }),
      (err: unknown) => current && setState({ status: 'error', error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      current = false;
    };
  }, deps);
  return state;
}

/** Renders the value when loaded, else a loading line or the error. */
export function Loaded<T>({ state, children, what }: { readonly state: AsyncState<T>; readonly what: string; readonly children: (value: T) => ComponentChildren }) {
  if (state.status === 'loading') return <p class="muted">Loading {what}…</p>;
  if (state.status === 'error') return <div class="banner error">Could not load {what}: {state.error}</div>;
  return <>{children(state.value)}</>;
}
