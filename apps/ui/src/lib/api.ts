// The query API client of the UI: JSON GETs under /api with the tenancy header the user gave (see
// /api/ui-config), unwrapping the `{ data, errors }` envelope. A 401 tells the shell to ask again.
import type { TraceSummary } from '@tracehouse/trace-analysis';
import type { RedBucket, ServiceOverview } from './home-model';
import type { GraphEdge } from './map-model';
import type { LogRecordJson } from './logs-model';
import type { JaegerTraceJson } from './trace-model';

/** An API answer that is not a success; `message` is the API's own where it gave one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Whether an error means the query API does not offer the endpoint (404: an older API; 501: its
 * trace store lacks the read), so the caller falls back to computing the answer from older endpoints.
 */
export const isUnavailable = (err: unknown): boolean => err instanceof ApiError && (err.status === 404 || err.status === 501);

/** `GET /api/ui-config`: how the query API wants callers to identify themselves. */
export interface UiConfig {
  readonly auth: 'none' | 'api-key' | 'tenant-header';
  readonly header?: string;
}

const STORAGE_KEY = 'tracehouse.auth';
let credential: { header: string; value: string } | undefined;
const listeners = new Set<() => void>();

/** Called when the API answers 401, so the shell re-opens the auth dialog. */
export function onUnauthorized(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Sets (and remembers in localStorage) the value sent in `header` on every request. */
export function setCredential(header: string, value: string): void {
  credential = { header, value };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(credential));
  } catch {
    // Storage may be disabled (private mode): the credential then lasts for this page only.
  }
}

/** The remembered credential for `header`, if any (and makes it the one sent). */
export function storedCredential(header: string): string | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { header?: string; value?: string } | null;
    if (saved?.header === header && typeof saved.value === 'string' && saved.value !== '') {
      credential = { header, value: saved.value };
      return saved.value;
    }
  } catch {
    // An unreadable entry is as good as none.
  }
  return undefined;
}

const headers = (): Record<string, string> => (credential ? { [credential.header]: credential.value } : {});

async function request(path: string, params?: Readonly<Record<string, string | undefined>>): Promise<unknown> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== '') qs.set(k, v);
  const url = `${path}${qs.size > 0 ? `?${qs}` : ''}`;
  const res = await fetch(url, { headers: { accept: 'application/json', ...headers() } });
  const text = await res.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    if (res.status === 401) for (const fn of listeners) fn();
    const b = body as { errors?: { msg?: string }[]; error?: { message?: string } } | undefined;
    const msg = b?.errors?.[0]?.msg ?? b?.error?.message ?? (text.slice(0, 200) || res.statusText);
    throw new ApiError(res.status, `${res.status}: ${msg}`);
  }
  return body;
}

/** The `data` of a GET under /api. */
export async function apiData<T>(path: string, params?: Readonly<Record<string, string | undefined>>): Promise<T> {
  const body = (await request(path, params)) as { data?: T } | undefined;
  return (body?.data ?? []) as T;
}

/** The UI config; `auth: 'none'` from a query API that predates the endpoint. */
export async function getUiConfig(): Promise<UiConfig> {
  try {
    const body = (await request('/api/ui-config')) as UiConfig & { data?: UiConfig };
    return body.data ?? body;
  } catch (err) {
    if (isUnavailable(err)) return { auth: 'none' };
    throw err;
  }
}

export const enc = encodeURIComponent;

/** The API's endpoints the pages use. */
export const api = {
  services: () => apiData<string[]>('/api/services'),
  operations: (service: string) => apiData<string[]>(`/api/services/${enc(service)}/operations`),
  overview: (w: Record<string, string>) => apiData<ServiceOverview[]>('/api/overview/services', w),
  serviceRed: (service: string, w: Record<string, string>) => apiData<RedBucket[]>(`/api/red/services/${enc(service)}`, w),
  apisRed: (service: string, w: Record<string, string>, apiName?: string) => apiData<{ apiName: string; buckets: RedBucket[] }[]>(`/api/red/services/${enc(service)}/apis`, { ...w, api: apiName }),
  backendRed: (backend: string, w: Record<string, string>) => apiData<RedBucket[]>(`/api/red/backends/${enc(backend)}`, w),
  histogram: (params: Record<string, string | undefined>) => apiData<{ leUs: number; count: number }[]>('/api/latency-histogram', params),
  graph: (w: Record<string, string>, service?: string) => apiData<GraphEdge[]>('/api/service-graph', { ...w, service }),
  entities: (type: 'services' | 'apis' | 'backends') => apiData<{ id: string; name: string; attributes: Record<string, string>; firstSeen: number; lastSeen: number }[]>(`/api/entities/${type}`, { limit: '1000' }),
  summaries: (params: Record<string, string>) => apiData<TraceSummary[]>('/api/trace-summaries', params),
  jaegerSearch: (params: Record<string, string>) => apiData<JaegerTraceJson[]>('/api/traces', params),
  trace: async (traceId: string) => {
    const list = await apiData<JaegerTraceJson[]>(`/api/traces/${enc(traceId)}`);
    if (!list[0]) throw new ApiError(404, `Trace ${traceId} was not found.`);
    return list[0];
  },
  /** The trace's log lines, oldest first (`GET /api/traces/:id/logs`; 501 from an API without a log store). */
  traceLogs: (traceId: string) => apiData<LogRecordJson[]>(`/api/traces/${enc(traceId)}/logs`),
  /** Per service, its lines at ERROR or above in the window, counted, with the latest few. */
  errorLogs: (w: Record<string, string>) => apiData<{ service: string; count: number; latest: LogRecordJson[] }[]>('/api/logs/errors-by-service', w),
  criticalPath: (traceId: string) => apiData<{ spanId: string; startUs: number; endUs: number }[]>(`/api/traces/${enc(traceId)}/critical-path`),
};
