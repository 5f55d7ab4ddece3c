import type { ProgressMeasure, ProgressStatus } from '@lcm/contracts';
import { cagr } from './cagr';
import {
  hasMixedSigns,
  type DesiredDirection,
  type ProgressGrade,
  type ProgressPeriod,
  type UngradedPeriod,
} from './progress-period';

/*
 * The Statistics Canada / Open SDG progress measure (the product's default method), as implemented in
 * Open SDG's build tools: with a numeric target the observed growth is compared with the growth needed
 * (ratio R), without one the observed growth itself is graded (p), scaled down near a natural limit.
 */

/** Lower bounds of "substantial" and "moderate" for R; from 0 up is "limited", below 0 "deterioration". */
export const OPEN_SDG_RATIO_THRESHOLDS = { substantial: 0.95, moderate: 0.6 } as const;
/** The same for p (annual growth in the desired direction), before natural-limit scaling. */
export const OPEN_SDG_GROWTH_THRESHOLDS = { substantial: 0.015, moderate: 0.005 } as const;
/** A base value or target of 0 is replaced by this: growth rates can neither start from nor reach 0. */
export const OPEN_SDG_ZERO_REPLACEMENT = 0.001;
/** Score of a series whose latest value meets its target. */
export const OPEN_SDG_ACHIEVED_SCORE = 5;
/** Exponent of the natural-limit scaling, chosen by Statistics Canada so that "on track" stays reachable. */
const LIMIT_SCALING_EXPONENT = 4.44;

const nonZero = (value: number): number => (value === 0 ? OPEN_SDG_ZERO_REPLACEMENT : value);

/** Target achieved: the latest value is at or beyond the target in the desired direction. */
export function openSdgTargetAchieved(
  latestValue: number,
  target: number,
  direction: DesiredDirection,
): boolean {
  const effectiveTarget = nonZero(target);
  return direction === 1 ? latestValue >= effectiveTarget : latestValue <= effectiveTarget;
}

/**
 * Scaling factor C (0…1) for a series near a natural limit, from its base value y0:
 * 1 − (|y0|/|lim|)^4.44 up to the limit, 1 − ((2|lim| − |y0|)/|lim|)^4.44 up to twice the limit, 1 beyond.
 */
export function naturalLimitScaling(baseValue: number, limit: number): number {
  const base = Math.abs(baseValue);
  const lim = Math.abs(limit);
  // Checked first so that a base value and limit of 0 give 1 (no scaling), as in the reference code.
  if (base >= 2 * lim) return 1;
  if (base <= lim) return 1 - (base / lim) ** LIMIT_SCALING_EXPONENT;
  return 1 - ((2 * lim - base) / lim) ** LIMIT_SCALING_EXPONENT;
}

/** Score −5…+5 of a ratio R: 7.1429·R − 4.2857 from 0.6 (capped at 5), 4.1667·R − 2.5 below (floored at −5). */
export function openSdgScoreWithTarget(ratio: number): number {
  return ratio >= OPEN_SDG_RATIO_THRESHOLDS.moderate
    ? Math.min(7.1429 * ratio - 4.2857, 5)
    : Math.max(4.1667 * ratio - 2.5, -5);
}

/**
 * Score −5…+5 of a growth p with scaling C: below 0, 125p − 2.5 (floored at −5); from 1.5 %·C,
 * 500p/C − 5 (capped at 5); from 0.5 %·C, 250p/C − 1.25; else 500p/C − 2.5. With C = 0 the base value
 * sits on the limit, and holding it (p ≥ 0) scores 5.
 */
export function openSdgScoreWithoutTarget(growth: number, scaling = 1): number {
  if (growth < 0) return Math.max(125 * growth - 2.5, -5);
  if (scaling === 0) return 5;
  if (growth >= OPEN_SDG_GROWTH_THRESHOLDS.substantial * scaling)
    return Math.min((500 * growth) / scaling - 5, 5);
  if (growth >= OPEN_SDG_GROWTH_THRESHOLDS.moderate * scaling) return (250 * growth) / scaling - 1.25;
  return (500 * growth) / scaling - 2.5;
}

/** Status of a progress value against the lower bounds of "substantial" and "moderate" (0 for "limited"). */
function statusOf(
  value: number,
  thresholds: { substantial: number; moderate: number },
): ProgressGrade['status'] {
  if (value >= thresholds.substantial) return 'substantial';
  if (value >= thresholds.moderate) return 'moderate';
  return value >= 0 ? 'limited' : 'deterioration';
}

/**
 * Grades one period by the Open SDG method. The sign of the base value flips the desired direction
 * for all-negative series; values of both signs cannot be graded. A natural limit counts only without
 * a target.
 */
export function openSdgProgress(period: ProgressPeriod): ProgressGrade | UngradedPeriod {
  const baseValue = nonZero(period.baseValue);
  const signsToCompare = [baseValue, ...period.values, ...(period.target === null ? [] : [period.target])];
  if (hasMixedSigns(signsToCompare)) return { reason: 'mixed_signs' };
  const desired = (baseValue < 0 ? -1 : 1) * period.direction;
  const cagrObserved = cagr(period.latestValue, baseValue, period.latestYear, period.baseYear);

  if (period.target !== null) {
    if (period.targetYear <= period.baseYear) return { reason: 'target_year_not_after_base_year' };
    const cagrRequired = cagr(nonZero(period.target), baseValue, period.targetYear, period.baseYear);
    // ±Infinity when the base value already equals the target; the score and status still follow.
    const ratio = (desired * cagrObserved) / Math.abs(cagrRequired);
    return {
      status: statusOf(ratio, OPEN_SDG_RATIO_THRESHOLDS),
      score: openSdgScoreWithTarget(ratio),
      cagrObserved,
      cagrRequired,
      progressValue: ratio,
      limitScaling: null,
      projectedValue: null,
    };
  }

  const growth = desired * cagrObserved;
  const scaling =
    period.naturalLimit === null ? null : naturalLimitScaling(period.baseValue, period.naturalLimit);
  const factor = scaling ?? 1;
  return {
    status: statusOf(growth, {
      substantial: OPEN_SDG_GROWTH_THRESHOLDS.substantial * factor,
      moderate: OPEN_SDG_GROWTH_THRESHOLDS.moderate * factor,
    }),
    score: openSdgScoreWithoutTarget(growth, factor),
    cagrObserved,
    cagrRequired: null,
    progressValue: growth,
    limitScaling: scaling,
    projectedValue: null,
  };
}

/** Status of a (mean) score: [2.5, 5] substantial, [0, 2.5) moderate, [−2.5, 0) limited, below deterioration. */
export function progressStatusFromScore(score: number): ProgressGrade['status'] {
  if (score >= 2.5) return 'substantial';
  if (score >= 0) return 'moderate';
  return score >= -2.5 ? 'limited' : 'deterioration';
}

/**
 * Progress of an indicator measured on several series (e.g. sub-indicators) by the Open SDG method:
 * the mean of the available scores, its status from that mean, and "target achieved" only when every
 * series achieved its target.
 */
export function combineSeriesProgress(
  measures: readonly Pick<ProgressMeasure, 'score' | 'targetAchieved'>[],
): { score: number | null; status: ProgressStatus } {
  const scored = measures.filter((measure) => measure.score !== null);
  if (scored.length === 0) return { score: null, status: 'not_available' };
  const score = scored.reduce((sum, measure) => sum + (measure.score ?? 0), 0) / scored.length;
  return {
    score,
    status: scored.every((measure) => measure.targetAchieved)
      ? 'target_achieved'
      : progressStatusFromScore(score),
  };
}
