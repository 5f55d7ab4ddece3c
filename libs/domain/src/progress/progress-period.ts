import type { ProgressStatus, ProgressUnavailableReason } from '@lcm/contracts';

/** +1 when higher values are better, −1 when lower values are better. */
export type DesiredDirection = 1 | -1;

/**
 * The measured period of one series, as both methods see it: values already transformed, the base
 * year chosen, and at least two years of data.
 */
export interface ProgressPeriod {
  baseYear: number;
  baseValue: number;
  latestYear: number;
  latestValue: number;
  /** Every value from the base year to the latest year, for the sign check. */
  values: readonly number[];
  direction: DesiredDirection;
  /** Null: measured by the trend alone. */
  target: number | null;
  targetYear: number;
  /** A natural limit the values cannot pass (e.g. 100 %); only the Open SDG method without a target uses it. */
  naturalLimit: number | null;
}

/** How a method graded a period whose target is not (yet) achieved. */
export interface ProgressGrade {
  status: Exclude<ProgressStatus, 'not_available' | 'target_achieved'>;
  score: number;
  cagrObserved: number;
  cagrRequired: number | null;
  progressValue: number | null;
  limitScaling: number | null;
  projectedValue: number | null;
}

/** A period a method cannot grade, and why. */
export interface UngradedPeriod {
  reason: ProgressUnavailableReason;
}

/** True when the values contain both strictly positive and strictly negative numbers. */
export function hasMixedSigns(values: readonly number[]): boolean {
  return values.some((value) => value > 0) && values.some((value) => value < 0);
}
