// The part of jaeger-client 3.x (npm, no bundled types) the collector's integration tests use.
declare module 'jaeger-client' {
  interface JaegerSpanContext {
    toTraceId(): string;
    toSpanId(): string;
  }
  interface JaegerSpan {
    context(): JaegerSpanContext;
    setTag(key: string, value: unknown): this;
    log(fields: Record<string, unknown>, timestamp?: number): this;
    finish(finishTime?: number): void;
  }
  interface JaegerTracer {
    startSpan(name: string, options?: { childOf?: JaegerSpan | JaegerSpanContext; tags?: Record<string, unknown>; startTime?: number }): JaegerSpan;
    close(callback?: () => void): void;
  }
  export function initTracer(
    config: { serviceName: string; sampler: { type: string; param: number }; reporter: { collectorEndpoint?: string; agentHost?: string; agentPort?: number; flushIntervalMs?: number }; traceId128bit?: boolean },
    options?: { tags?: Record<string, unknown>; logger?: { info(msg: string): void; error(msg: string): void } },
  ): JaegerTracer;
}
