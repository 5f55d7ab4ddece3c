import {
  DEFAULT_PROGRESS_BASE_YEAR,
  DEFAULT_PROGRESS_METHOD,
  DEFAULT_PROGRESS_TARGET_YEAR,
  type Direction,
  type IndicatorDto,
  type ProgressMeasure,
  type ProgressMethod,
  type ProgressTransform,
  type ProgressUnavailableReason,
} from '@lcm/contracts';
import { chooseBaseYear, type BaseYearRule } from './base-year';
import { OPEN_SDG_ACHIEVED_SCORE, openSdgProgress, openSdgTargetAchieved } from './open-sdg-progress';
import type { DesiredDirection, ProgressGrade, ProgressPeriod, UngradedPeriod } from './progress-period';
import { toYearPoints, type SeriesPoint } from './series';
import { applyProgressTransform, transformTarget } from './transforms';
import { UNSD_ACHIEVED_SCORE, unsdProgress, unsdTargetAchieved } from './unsd-progress';

/** What the progress methods need to know about an indicator (or a city's local target for it). */
export interface ProgressIndicator {
  direction: Direction;
  /** The numeric target; null measures by the trend alone (direction `target` then cannot be measured). */
  targetValue: number | null;
  /** Default 2030. */
  targetYear?: number | null;
  /** A limit the values cannot pass in the desired direction (e.g. 100 %), for the Open SDG method without a target. */
  naturalLimit?: number | null;
  /**
   * Transform applied first. Default for direction `target`: `parity` when the target is 1 (ratios aimed
   * at 1 are parity indices), else `distance_from_target`; none for the other directions.
   */
  transform?: ProgressTransform | null;
}

export interface ProgressOptions {
  /** Default `open-sdg`. */
  method?: ProgressMethod;
  /** Preferred base year, default 2015; when it has no value, the method's base-year rule picks another. */
  baseYear?: number;
  /** Measure progress as of this year: later values are left out. Default: all values. */
  currentYear?: number;
}

interface MethodRules {
  baseYearRule: BaseYearRule;
  targetAchieved(latestValue: number, target: number, direction: DesiredDirection): boolean;
  grade(period: ProgressPeriod): ProgressGrade | UngradedPeriod;
  achievedScore: number;
}

const METHOD_RULES: Readonly<Record<ProgressMethod, MethodRules>> = {
  'open-sdg': {
    baseYearRule: 'next',
    targetAchieved: openSdgTargetAchieved,
    grade: openSdgProgress,
    achievedScore: OPEN_SDG_ACHIEVED_SCORE,
  },
  unsd: {
    baseYearRule: 'nearest',
    targetAchieved: unsdTargetAchieved,
    grade: unsdProgress,
    achievedScore: UNSD_ACHIEVED_SCORE,
  },
};

/**
 * The progress settings of an indicator as stored: its global target (or a city's local target and
 * year instead), and as natural limit the valid bound in the desired direction (e.g. 100 for a
 * percentage that should rise).
 */
export function progressIndicatorOf(
  indicator: Pick<IndicatorDto, 'direction' | 'targetValue' | 'targetYear' | 'minValue' | 'maxValue'>,
  localTarget?: { value: number; year: number | null },
): ProgressIndicator {
  const naturalLimits: Record<Direction, number | null> = {
    higher: indicator.maxValue,
    lower: indicator.minValue,
    target: null,
  };
  return {
    direction: indicator.direction,
    targetValue: localTarget ? localTarget.value : indicator.targetValue,
    targetYear: localTarget ? localTarget.year : indicator.targetYear,
    naturalLimit: naturalLimits[indicator.direction],
  };
}

/** Ratios aimed at 1 are parity indices; other indicators aiming at a value are measured by the distance from it. */
function defaultTransform(indicator: ProgressIndicator): ProgressTransform | null {
  if (indicator.direction !== 'target') return null;
  return indicator.targetValue === 1 ? 'parity' : 'distance_from_target';
}

/**
 * Measures a series' progress toward its target (or by its trend without one) with the chosen method.
 * Years may be reporting periods (`2015-16` counts as 2015); missing values are left out. A latest
 * value that meets the target counts as achieved even without a trend to measure; otherwise the
 * result says why a measure is not available.
 */
export function measureProgress(
  series: readonly SeriesPoint[],
  indicator: ProgressIndicator,
  options: ProgressOptions = {},
): ProgressMeasure {
  const method = options.method ?? DEFAULT_PROGRESS_METHOD;
  const rules = METHOD_RULES[method];
  const transform = indicator.transform ?? defaultTransform(indicator);
  const target = transform ? transformTarget(transform, indicator.targetValue) : indicator.targetValue;
  // A transform makes lower values better: they measure the distance from the target.
  const direction: DesiredDirection = transform || indicator.direction === 'lower' ? -1 : 1;
  const result: ProgressMeasure = {
    method,
    status: 'not_available',
    reason: null,
    score: null,
    basis: target === null ? 'trend' : 'target',
    targetValue: target,
    targetYear: indicator.targetYear ?? DEFAULT_PROGRESS_TARGET_YEAR,
    baseYear: null,
    baseValue: null,
    latestYear: null,
    latestValue: null,
    targetAchieved: false,
    transform,
    cagrObserved: null,
    cagrRequired: null,
    progressValue: null,
    limitScaling: null,
    projectedValue: null,
  };
  const unavailable = (reason: ProgressUnavailableReason): ProgressMeasure => {
    if (!result.targetAchieved) return { ...result, reason };
    return { ...result, status: 'target_achieved', score: rules.achievedScore };
  };

  if (target === null && transform) return unavailable('target_missing');
  const { points, problem } = toYearPoints(series, options.currentYear);
  if (problem) return unavailable(problem);
  const latest = points[points.length - 1];
  if (!latest) return unavailable('no_data');
  const measured = (value: number): number =>
    transform && target !== null ? applyProgressTransform(value, transform, target) : value;
  result.latestYear = latest.year;
  result.latestValue = latest.value;
  result.targetAchieved = target !== null && rules.targetAchieved(measured(latest.value), target, direction);

  const baseYear = chooseBaseYear(
    points.map((point) => point.year),
    options.baseYear ?? DEFAULT_PROGRESS_BASE_YEAR,
    rules.baseYearRule,
  );
  if (baseYear === null)
    return unavailable(points.length < 2 ? 'fewer_than_two_years' : 'no_data_since_base_year');
  const period = points.filter((point) => point.year >= baseYear);
  const base = period[0];
  if (!base || base.year === latest.year) return unavailable('fewer_than_two_years');
  result.baseYear = base.year;
  result.baseValue = base.value;

  const graded = rules.grade({
    baseYear: base.year,
    baseValue: measured(base.value),
    latestYear: latest.year,
    latestValue: measured(latest.value),
    values: period.map((point) => measured(point.value)),
    direction,
    target,
    targetYear: result.targetYear,
    naturalLimit: transform ? null : (indicator.naturalLimit ?? null),
  });
  if ('reason' in graded) return unavailable(graded.reason);
  return {
    ...result,
    ...graded,
    // Infinite when the base value already equals the target: no ratio to show.
    progressValue:
      graded.progressValue !== null && Number.isFinite(graded.progressValue) ? graded.progressValue : null,
    ...(result.targetAchieved ? { status: 'target_achieved', score: rules.achievedScore } : {}),
  };
}
