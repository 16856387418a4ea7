// The tracehouse web UI: one SPA on the query API's port. The first page (home) is in the entry
// bundle; the heavier pages are split out and loaded on demand (preact-iso lazy).
import 'uplot/dist/uPlot.min.css';
import './styles.css';
import { render } from 'preact';
import { ErrorBoundary, lazy, LocationProvider, Route, Router } from 'preact-iso';
import { Shell } from './components/shell';
import Home from './pages/home';

const MapPage = lazy(() => import('./pages/map'));
const SearchPage = lazy(() => import('./pages/search'));
const TracePage = lazy(() => import('./pages/trace'));
const ComparePage = lazy(() => import('./pages/compare'));
const UploadPage = lazy(() => import('./pages/upload'));
const ServicePage = lazy(() => import('./pages/entities').then((m) => m.ServicePage));
const ApiPage = lazy(() => import('./pages/entities').then((m) => m.ApiPage));
const BackendPage = lazy(() => import('./pages/entities').then((m) => m.BackendPage));

/**
 * The page chunk of the URL the app starts on, fetched at once rather than after /api/ui-config has
 * answered (the shell waits for it before rendering a page): a deep link to a trace loads faster.
 */
const START_CHUNKS: readonly [RegExp, { preload: () => Promise<unknown> }][] = [
  [/^\/trace\//, TracePage],
  [/^\/map/, MapPage],
  [/^\/search/, SearchPage],
  [/^\/compare\//, ComparePage],
  [/^\/upload/, UploadPage],
  [/^\/(services|backends)\//, ServicePage],
];
for (const [pattern, page] of START_CHUNKS) {
  if (pattern.test(window.location.pathname)) {
    page.preload().catch(() => undefined); // the route loads it again and shows any error
    break;
  }
}

function NotFound() {
  return (
    <section>
      <h1>Not found</h1>
      <p>
        No page here. <a href="/">Go to the services</a>.
      </p>
    </section>
  );
}

function App() {
  return (
    <LocationProvider>
      <Shell>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={Home} />
            <Route path="/map" component={MapPage} />
            <Route path="/search" component={SearchPage} />
            <Route path="/services/:service" component={ServicePage} />
            <Route path="/services/:service/apis/:api" component={ApiPage} />
            <Route path="/backends/:backend" component={BackendPage} />
            <Route path="/trace/:traceId" component={TracePage} />
            <Route path="/compare/:traceA/:traceB" component={ComparePage} />
            <Route path="/upload" component={UploadPage} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </Shell>
    </LocationProvider>
  );
}

render(<App />, document.getElementById('app')!);
