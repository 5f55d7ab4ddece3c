import { compositeScore } from './composite';

describe('composite scores of a framework node', () => {
  it('is the mean of the indicator scores when at least 80 % of them have one', () => {
    expect(compositeScore([60, 80, 70, 90, null])).toEqual({
      score: 75,
      reported: 4,
      total: 5,
      coverage: 0.8,
    });
    expect(compositeScore([50, 70])).toEqual({ score: 60, reported: 2, total: 2, coverage: 1 });
  });

  it('is not shown below 80 % coverage, but the coverage still is', () => {
    expect(compositeScore([60, 80, 70, null, null])).toEqual({
      score: null,
      reported: 3,
      total: 5,
      coverage: 0.6,
    });
  });

  it('has no score and zero coverage for a node without indicators', () => {
    expect(compositeScore([])).toEqual({ score: null, reported: 0, total: 0, coverage: 0 });
  });

  it('accepts another coverage threshold', () => {
    expect(compositeScore([60, null], 0.5).score).toBe(60);
  });
});
