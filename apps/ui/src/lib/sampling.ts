// How the UI tells figures extrapolated from tail-sampled traces (issue 15): the query API marks a
// RED bucket or a service-graph edge `extrapolated` when some call behind it stood for several (its
// trace was kept by a percentage rule), and gives the calls stored beside the adjusted count.

/** A figure as the query API answers it: its adjusted count, and how it stands to sampling. */
export interface SampledCount {
  /** Adjusted count (sum of sampling weights). */
  readonly count: number;
  /** Calls stored (absent from a query API that predates sampling: as `count`). */
  readonly sampled?: number;
  readonly extrapolated?: boolean;
}

/**
 * The note shown beside extrapolated figures, or undefined when none is: "Estimated from sampled
 * traces: 120 stored calls stand for about 1,200."
 */
export function extrapolationNote(figures: readonly SampledCount[]): string | undefined {
  if (!figures.some((f) => f.extrapolated === true)) return undefined;
  let count = 0;
  let sampled = 0;
  for (const f of figures) {
    count += f.count;
    sampled += f.sampled ?? f.count;
  }
  const n = (v: number): string => Math.round(v).toLocaleString('en-US');
  return `Estimated from sampled traces: ${n(sampled)} stored call${Math.round(sampled) === 1 ? '' : 's'} stand${Math.round(sampled) === 1 ? 's' : ''} for about ${n(count)}.`;
}
