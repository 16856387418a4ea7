import { extrapolationNote } from './sampling';

describe('extrapolationNote', () => {
  it('says nothing when no figure was extrapolated, or the query API predates sampling', () => {
    expect(extrapolationNote([])).toBeUndefined();
    expect(extrapolationNote([{ count: 5, sampled: 5, extrapolated: false }, { count: 3 }])).toBeUndefined();
  });

  it('gives the stored calls and the adjusted count over every figure when one was extrapolated', () => {
    expect(extrapolationNote([{ count: 1_200, sampled: 120, extrapolated: true }, { count: 30, sampled: 30, extrapolated: false }, { count: 0, sampled: 0 }])).toBe(
      'Estimated from sampled traces: 150 stored calls stand for about 1,230.',
    );
    expect(extrapolationNote([{ count: 33.4, sampled: 1, extrapolated: true }])).toBe('Estimated from sampled traces: 1 stored call stands for about 33.');
  });
});
