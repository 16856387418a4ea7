/** Header names every pipeline message carries (ARCHITECTURE.md). */
export const PIPELINE_HEADERS = {
  /** The tenant the spans belong to. */
  tenant: 'tenant-id',
  /** When the collector received the spans, ms since the epoch (decimal string). */
  receivedAt: 'received-at',
} as const;

/** The tenant used when neither a tenant header nor an API key is configured. */
export const DEFAULT_TENANT = 'default';

/** Builds the pipeline headers of a message. */
export function pipelineHeaders(tenant: string, receivedAtMs: number): Record<string, string> {
  return { [PIPELINE_HEADERS.tenant]: tenant, [PIPELINE_HEADERS.receivedAt]: String(receivedAtMs) };
}

/** Reads the pipeline headers, falling back to the default tenant and to `fallbackReceivedAt`. */
export function readPipelineHeaders(headers: Readonly<Record<string, string>>, fallbackReceivedAt: number): { tenant: string; receivedAt: number } {
  const receivedAt = Number(headers[PIPELINE_HEADERS.receivedAt]);
  return {
    tenant: headers[PIPELINE_HEADERS.tenant] || DEFAULT_TENANT,
    receivedAt: Number.isFinite(receivedAt) && receivedAt > 0 ? receivedAt : fallbackReceivedAt,
  };
}
