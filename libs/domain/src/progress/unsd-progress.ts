import { cagr } from './cagr';
import {
  hasMixedSigns,
  type DesiredDirection,
  type ProgressGrade,
  type ProgressPeriod,
  type UngradedPeriod,
} from './progress-period';

/*
 * The UN Statistics Division progress-chart method (2023 technical note, three levels as applied by
 * EUSTAT), the product's selectable alternative. Level 3: target met or on track; 2: fair progress,
 * acceleration needed; 1: stagnation or regression. Level 1 is reported as `deterioration` when the
 * series moves away from the target and as `limited` otherwise, so both methods share one status list.
 */

/** Lower bounds of levels 3 and 2 for the ratio (projected − base)/(target − base). */
export const UNSD_RATIO_LEVELS = { onTrack: 0.95, fair: 0.1 } as const;
/** Lower bounds of levels 3 and 2 for the annual growth in the desired direction, without a target. */
export const UNSD_GROWTH_LEVELS = { onTrack: 0.02, fair: 0.005 } as const;
/** Level of a series whose latest value meets its target. */
export const UNSD_ACHIEVED_SCORE = 3;
/** Targets of 0 % and 100 % count as met within this many points. */
const ACHIEVED_TOLERANCE_POINTS = 1;

export type UnsdLevel = 1 | 2 | 3;

/** Target met: at or beyond it in the desired direction, or within 1 point of a target of 0 or 100. */
export function unsdTargetAchieved(
  latestValue: number,
  target: number,
  direction: DesiredDirection,
): boolean {
  if ((target === 0 || target === 100) && Math.abs(latestValue - target) <= ACHIEVED_TOLERANCE_POINTS)
    return true;
  return direction === 1 ? latestValue >= target : latestValue <= target;
}

function levelOf(value: number, bounds: { onTrack: number; fair: number }): UnsdLevel {
  if (value >= bounds.onTrack) return 3;
  return value >= bounds.fair ? 2 : 1;
}

function statusOf(level: UnsdLevel, progressValue: number | null): ProgressGrade['status'] {
  if (level === 3) return 'substantial';
  if (level === 2) return 'moderate';
  return progressValue !== null && progressValue >= 0 ? 'limited' : 'deterioration';
}

/**
 * Grades one period by the UNSD method. With a target, the latest value is extrapolated to the target
 * year at the observed growth rate and the ratio of projected to required change is graded; without
 * one, the growth rate in the desired direction is. A base value of 0 has no growth rate.
 */
export function unsdProgress(period: ProgressPeriod): ProgressGrade | UngradedPeriod {
  if (period.baseValue === 0) return { reason: 'base_value_zero' };
  if (hasMixedSigns(period.values)) return { reason: 'mixed_signs' };
  const cagrObserved = cagr(period.latestValue, period.baseValue, period.latestYear, period.baseYear);
  const grade = (
    level: UnsdLevel,
    progressValue: number | null,
    projectedValue: number | null,
  ): ProgressGrade => ({
    status: statusOf(level, progressValue),
    score: level,
    cagrObserved,
    cagrRequired: null,
    progressValue,
    limitScaling: null,
    projectedValue,
  });

  if (period.target === null) {
    const growth = (period.baseValue < 0 ? -1 : 1) * period.direction * cagrObserved;
    return grade(levelOf(growth, UNSD_GROWTH_LEVELS), growth, null);
  }
  // Past the target year the latest value is the projection.
  const yearsLeft = Math.max(0, period.targetYear - period.latestYear);
  const projectedValue = period.latestValue * (1 + cagrObserved) ** yearsLeft;
  const requiredChange = period.target - period.baseValue;
  // The base year met the target and the latest value no longer does: the ratio would mislead.
  if (requiredChange * period.direction <= 0) return grade(1, null, projectedValue);
  const ratio = (projectedValue - period.baseValue) / requiredChange;
  return grade(levelOf(ratio, UNSD_RATIO_LEVELS), ratio, projectedValue);
}
