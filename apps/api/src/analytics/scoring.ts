import type { PeerStanding, ScoreBand } from '@lcm/contracts';
import { normaliseScore, scoreBand, scoreBandThresholdsFor } from '@lcm/domain';
import type { IndicatorRow } from './analytics-sql';

export interface Scored {
  score: number | null;
  band: ScoreBand | null;
}

const UNSCORED: Scored = { score: null, band: null };

/**
 * Scores values of one indicator on the 0–100 scale between its bounds, with their colour; nulls when
 * the indicator has no bounds. The bounds and colour thresholds are worked out once, for many values.
 */
export function scorerOf(indicator: IndicatorRow): (value: number) => Scored {
  const { bestBound, worstBound, direction, targetValue, scoreBands } = indicator;
  if (bestBound === null || worstBound === null) return () => UNSCORED;
  const bounds = { best: bestBound, worst: worstBound };
  const thresholds = scoreBandThresholdsFor(bounds, targetValue, direction, scoreBands);
  return (value) => {
    const score = normaliseScore(value, bounds, direction);
    return score === null ? UNSCORED : { score, band: scoreBand(score, thresholds) };
  };
}

/** Rank and counts as the ranking statements return them. */
export interface RankCounts {
  rank: number;
  of: number;
  /** Ranked cities with a worse value. */
  worse: number;
}

/** The percentile is the share of the other ranked cities that do worse; none when the city is alone. */
export function percentileOf({ of, worse }: RankCounts): number | null {
  return of > 1 ? (worse / (of - 1)) * 100 : null;
}

export function standingOf(counts: RankCounts): PeerStanding {
  return { rank: counts.rank, of: counts.of, percentile: percentileOf(counts) };
}
