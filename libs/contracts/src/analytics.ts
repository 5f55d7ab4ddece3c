/**
 * Results of the analytics methods (progress toward targets, 0–100 scores and colours, composite
 * scores, parity indices), shared by the API and the web app. The methods live in @lcm/domain.
 */

export const PROGRESS_METHODS = ['open-sdg', 'unsd'] as const;
/**
 * `open-sdg`: the Statistics Canada / Open SDG progress measure (default; scores −5…+5).
 * `unsd`: the UN Statistics Division progress-chart method (levels 1…3).
 */
export type ProgressMethod = (typeof PROGRESS_METHODS)[number];
export const DEFAULT_PROGRESS_METHOD: ProgressMethod = 'open-sdg';

export const PROGRESS_STATUSES = [
  'target_achieved',
  'substantial',
  'moderate',
  'limited',
  'deterioration',
  'not_available',
] as const;
/**
 * `target_achieved`: the latest value meets the target; `substantial`: on track;
 * `moderate`: progress, but acceleration needed; `limited`: little or no progress;
 * `deterioration`: moving away from the target; `not_available`: too little data (see the reason).
 */
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const PROGRESS_UNAVAILABLE_REASONS = [
  'no_data',
  'invalid_year',
  'no_data_since_base_year',
  'fewer_than_two_years',
  'duplicate_year',
  'mixed_signs',
  'base_value_zero',
  'target_missing',
  'target_year_not_after_base_year',
] as const;
/**
 * Why a progress measure is not available:
 * `no_data`: no value at all (up to the year asked for);
 * `invalid_year`: a year label that is neither a year nor a period such as `2015-16`;
 * `no_data_since_base_year`: no value in or after the base year;
 * `fewer_than_two_years`: values of one year only from the base year on, so no trend;
 * `duplicate_year`: two values for one year (e.g. `2015` and `2015-16`);
 * `mixed_signs`: positive and negative values, which a growth rate cannot compare;
 * `base_value_zero`: the base value is 0 (UNSD method only; the Open SDG method uses 0.001 instead);
 * `target_missing`: the indicator aims at a target value but has none;
 * `target_year_not_after_base_year`: the required growth cannot be computed.
 */
export type ProgressUnavailableReason = (typeof PROGRESS_UNAVAILABLE_REASONS)[number];

export const PROGRESS_TRANSFORMS = [
  'parity',
  'gender_share',
  'budget_execution',
  'distance_from_target',
] as const;
/**
 * Values transformed before measuring progress, so that being off target either way counts alike;
 * each turns the indicator into "lower is better" toward its target:
 * `parity`: max(y, 1/y), 0.97–1.03 counted as 1, target 1 (SDG 4.5.1);
 * `gender_share`: 50 + |y − 50|, target 50 (SDG 5.5.x);
 * `budget_execution`: 100 + |y − 100|, target 100 (SDG 16.6.1);
 * `distance_from_target`: T + |y − T| for any other indicator aiming at a target value T.
 */
export type ProgressTransform = (typeof PROGRESS_TRANSFORMS)[number];

/** Default base year of both progress methods (adoption of the 2030 Agenda). */
export const DEFAULT_PROGRESS_BASE_YEAR = 2015;
/** Default target year of both progress methods. */
export const DEFAULT_PROGRESS_TARGET_YEAR = 2030;

/** One progress measurement of one series (a city's values of one indicator and disaggregation). */
export interface ProgressMeasure {
  method: ProgressMethod;
  status: ProgressStatus;
  /** Why the status is `not_available`; null otherwise. */
  reason: ProgressUnavailableReason | null;
  /** `open-sdg`: −5…+5 (target achieved: 5); `unsd`: 1…3 (target achieved: 3); null when not available. */
  score: number | null;
  /** Measured against a numeric target (`target`) or by the trend alone (`trend`). */
  basis: 'target' | 'trend';
  /** The target used (after any transform, e.g. 1 for parity); null for `trend`. */
  targetValue: number | null;
  targetYear: number;
  /** First year of the measured period (base-year rule applied) and its value as reported. */
  baseYear: number | null;
  baseValue: number | null;
  /** Latest year with data (up to the year asked for) and its value as reported. */
  latestYear: number | null;
  latestValue: number | null;
  /** True when the latest value meets the target (then status is `target_achieved`). */
  targetAchieved: boolean;
  /** Transform applied before measuring, if any. */
  transform: ProgressTransform | null;
  /** Compound annual growth rate from base to latest year (of the transformed values, if any). */
  cagrObserved: number | null;
  /** Growth rate needed from the base year to reach the target in the target year (`open-sdg` with a target). */
  cagrRequired: number | null;
  /**
   * The value the status is graded on: `open-sdg` with a target, R = sign·d·CAGR_obs/|CAGR_req|;
   * `open-sdg` without, p = sign·d·CAGR_obs; `unsd` with a target, (projected − base)/(target − base);
   * `unsd` without, the CAGR in the desired direction. Null when it cannot be computed.
   */
  progressValue: number | null;
  /** Natural-limit scaling factor C (0…1) of the Open SDG method without a target; null otherwise. */
  limitScaling: number | null;
  /** UNSD with a target: the value extrapolated to the target year at the observed growth rate. */
  projectedValue: number | null;
}

export const SCORE_BANDS = ['achieved', 'yellow', 'orange', 'red'] as const;
/** Dashboard colour of a 0–100 score: `achieved` (green) is at or beyond the target. */
export type ScoreBand = (typeof SCORE_BANDS)[number];

/** Lowest 0–100 score of each band; below `orange` is `red`. */
export interface ScoreBandThresholds {
  achieved: number;
  yellow: number;
  orange: number;
}

/**
 * Default bands. `achieved` from 100: the best bound is the target or optimum, so 100 means it is reached
 * (an indicator whose target normalises below 100 uses that instead, see `scoreBandThresholdsFor`).
 * `orange` from a third of the way up from the worst bound; below that is red. `yellow` starts halfway
 * between the achieved and red thresholds, the dashboards' midpoint rule.
 */
export const DEFAULT_SCORE_BAND_THRESHOLDS: Readonly<ScoreBandThresholds> = {
  achieved: 100,
  yellow: 200 / 3,
  orange: 100 / 3,
};

export const TREND_ARROWS = ['on_track', 'moderately_improving', 'stagnating', 'decreasing'] as const;
/**
 * Trend of a 0–100 score against the pace needed to reach the achieved threshold by the target year:
 * `on_track` (at least the pace needed, or achieved and held); `moderately_improving` (more than half
 * of it); `stagnating` (0 to half of it); `decreasing` (the score falls).
 */
export type TrendArrow = (typeof TREND_ARROWS)[number];

export interface ScoreTrend {
  arrow: TrendArrow;
  /** Score points per year needed from the base year to reach the achieved threshold by the target year. */
  requiredPerYear: number;
  /** Score points per year gained from the base year to the latest year. */
  actualPerYear: number;
  /** actual / required; null when nothing more was required. */
  ratio: number | null;
}

/** Share of a node's indicators that must have a score for its composite score to be shown. */
export const MIN_COMPOSITE_COVERAGE = 0.8;

/** Composite score of a framework node: the mean of its indicators' scores. */
export interface CompositeScore {
  /** Mean score; null when fewer than `MIN_COMPOSITE_COVERAGE` of the indicators have one. */
  score: number | null;
  /** Indicators with a score. */
  reported: number;
  /** Indicators under the node. */
  total: number;
  /** reported / total (0 when the node has no indicators). */
  coverage: number;
}

/** Adjusted parity indices from 0.97 to 1.03 count as parity. */
export const PARITY_RANGE = { lower: 0.97, upper: 1.03 } as const;

export const PARITY_BANDS = ['parity', 'disadvantaged_behind', 'reference_behind'] as const;
/**
 * `parity`: within 0.97–1.03; `disadvantaged_behind`: the disadvantaged group (women, rural,
 * with disability) is behind the reference group; `reference_behind`: the reference group is behind.
 */
export type ParityBand = (typeof PARITY_BANDS)[number];

export interface ParityIndex {
  /** Disadvantaged over reference (inverted for lower-is-better indicators): below 1, the first group is behind. */
  ratio: number;
  /** `ratio` when ≤ 1, else 2 − 1/ratio: symmetric around 1 and bounded by 2. */
  adjusted: number;
  band: ParityBand;
}
