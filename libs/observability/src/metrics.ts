import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The Prometheus registry of one service: process metrics plus the service's own, every series
 * labelled with `service`. Metric names are prefixed `tracehouse_`.
 */
export class Metrics {
  readonly registry = new Registry();

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, prefix: 'tracehouse_' });
  }

  /** Returns the counter of that name, creating it on first use (so two components can share it). */
  counter<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    const full = `tracehouse_${name}`;
    return (this.registry.getSingleMetric(full) as Counter<L> | undefined) ?? new Counter({ name: full, help, labelNames, registers: [this.registry] });
  }

  /** Returns the gauge of that name, creating it on first use. */
  gauge<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Gauge<L> {
    const full = `tracehouse_${name}`;
    return (this.registry.getSingleMetric(full) as Gauge<L> | undefined) ?? new Gauge({ name: full, help, labelNames, registers: [this.registry] });
  }

  /** Returns the histogram of that name, creating it on first use; buckets in seconds by default. */
  histogram<L extends string>(name: string, help: string, labelNames: readonly L[] = [], buckets?: number[]): Histogram<L> {
    const full = `tracehouse_${name}`;
    return (
      (this.registry.getSingleMetric(full) as Histogram<L> | undefined) ??
      new Histogram({ name: full, help, labelNames, registers: [this.registry], buckets: buckets ?? [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] })
    );
  }

  /** The exposition text for `/metrics`. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
