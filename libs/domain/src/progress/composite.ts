import { MIN_COMPOSITE_COVERAGE, type CompositeScore } from '@lcm/contracts';

/**
 * Composite score of a framework node: the mean of its indicators' scores (null for an indicator
 * without one), shown only when at least `minCoverage` of them have a score. Coverage is always given.
 */
export function compositeScore(
  scores: readonly (number | null)[],
  minCoverage: number = MIN_COMPOSITE_COVERAGE,
): CompositeScore {
  const reported = scores.filter((score): score is number => score !== null && Number.isFinite(score));
  const total = scores.length;
  const coverage = total === 0 ? 0 : reported.length / total;
  const shown = total > 0 && coverage >= minCoverage;
  return {
    score: shown ? reported.reduce((sum, score) => sum + score, 0) / reported.length : null,
    reported: reported.length,
    total,
    coverage,
  };
}
