import {
  DEFAULT_PROGRESS_TARGET_YEAR,
  DEFAULT_SCORE_BAND_THRESHOLDS,
  type Direction,
  type ScoreBand,
  type ScoreBandThresholds,
  type ScoreTrend,
} from '@lcm/contracts';

/** Values scoring 100 (`best`: the target or optimum) and 0 (`worst`) on the 0–100 scale. */
export interface ScoreBounds {
  best: number;
  worst: number;
}

/**
 * Min–max score 0–100, "% of the way from the worst to the best bound", censored to [0, 100]:
 * (x − worst)/(best − worst)·100. The same formula serves lower-is-better indicators, whose best bound
 * is the lower one. For direction `target` a value beyond the best bound is reflected back, so that
 * overshooting counts like falling short. Null when the bounds coincide or the value is missing.
 */
export function normaliseScore(value: number, bounds: ScoreBounds, direction?: Direction): number | null {
  const span = bounds.best - bounds.worst;
  if (span === 0 || !Number.isFinite(value)) return null;
  const position =
    direction === 'target' ? bounds.best - Math.abs(value - bounds.best) * Math.sign(span) : value;
  return Math.min(100, Math.max(0, ((position - bounds.worst) / span) * 100));
}

/** The dashboard colour of a 0–100 score. */
export function scoreBand(
  score: number,
  thresholds: ScoreBandThresholds = DEFAULT_SCORE_BAND_THRESHOLDS,
): ScoreBand {
  if (score >= thresholds.achieved) return 'achieved';
  if (score >= thresholds.yellow) return 'yellow';
  return score >= thresholds.orange ? 'orange' : 'red';
}

/**
 * Colour thresholds of an indicator: those stored for it, when set. Otherwise the defaults: achieved
 * from the score of its target (100 without one, or when the target lies beyond the best bound), red
 * below a third, and the yellow/orange cut halfway between the achieved and red thresholds.
 */
export function scoreBandThresholdsFor(
  bounds: ScoreBounds,
  targetValue: number | null,
  direction?: Direction,
  stored?: ScoreBandThresholds | null,
): ScoreBandThresholds {
  if (stored) return stored;
  const achieved =
    (targetValue === null ? null : normaliseScore(targetValue, bounds, direction)) ??
    DEFAULT_SCORE_BAND_THRESHOLDS.achieved;
  const orange = Math.min(DEFAULT_SCORE_BAND_THRESHOLDS.orange, achieved);
  return { achieved, yellow: (achieved + orange) / 2, orange };
}

export interface ScoreTrendInput {
  baseYear: number;
  baseScore: number;
  latestYear: number;
  latestScore: number;
  /** Default 2030. */
  targetYear?: number;
  /** The score counted as achieved; default 100. */
  achievedScore?: number;
}

/**
 * Trend arrow of a 0–100 score (SDG Trend Dashboards): the linear pace gained since the base year
 * against the pace needed to reach the achieved score by the target year. On track at 100 % of the
 * pace or when achieved and held; moderately improving above 50 %; stagnating from 0 to 50 %;
 * decreasing when the score falls. Null without a period to compare.
 */
export function scoreTrend(input: ScoreTrendInput): ScoreTrend | null {
  const targetYear = input.targetYear ?? DEFAULT_PROGRESS_TARGET_YEAR;
  const achievedScore = input.achievedScore ?? DEFAULT_SCORE_BAND_THRESHOLDS.achieved;
  if (input.latestYear <= input.baseYear || targetYear <= input.baseYear) return null;
  const requiredPerYear = (achievedScore - input.baseScore) / (targetYear - input.baseYear);
  const actualPerYear = (input.latestScore - input.baseScore) / (input.latestYear - input.baseYear);
  const ratio = requiredPerYear > 0 ? actualPerYear / requiredPerYear : null;
  const trend = (arrow: ScoreTrend['arrow']): ScoreTrend => ({
    arrow,
    requiredPerYear,
    actualPerYear,
    ratio,
  });
  if (input.latestScore >= achievedScore) return trend('on_track');
  // Below the achieved score, a base at or above it means the score fell, so the ratio exists from here on.
  if (actualPerYear < 0 || ratio === null) return trend('decreasing');
  if (ratio >= 1) return trend('on_track');
  return trend(ratio > 0.5 ? 'moderately_improving' : 'stagnating');
}
