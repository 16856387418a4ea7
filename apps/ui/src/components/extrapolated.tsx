// The marker beside figures extrapolated from tail-sampled traces (lib/sampling.ts says when).
import { extrapolationNote, type SampledCount } from '../lib/sampling';

/** A small "≈ estimated" note when any of `figures` was extrapolated; nothing otherwise. */
export function ExtrapolatedNote({ figures }: { readonly figures: readonly SampledCount[] }) {
  const note = extrapolationNote(figures);
  if (note === undefined) return null;
  return (
    <p class="extrapolated" data-testid="extrapolated" title="Tail sampling kept a share of these traces; each kept call counts for the calls it stands for.">
      <span class="pill warning" aria-hidden="true">≈</span>
      {note}
    </p>
  );
}
