import {
  LANGUAGES,
  type DimensionCode,
  type Direction,
  type Language,
  type ParityIndex,
  type ProgressStatus,
  type ScoreBand,
} from '@lcm/contracts';

/** The plain-language summaries are written in every language of the product. */
export const SUMMARY_LANGUAGES = LANGUAGES;
export type SummaryLanguage = Language;

/** How a value reads: `percent` (0–100, shown with a percent sign) or a plain `number`. */
export type SummaryUnit = 'percent' | 'number';

/** A value and the year it belongs to: summaries always say how old a value is. */
export interface YearValue {
  year: number;
  value: number;
}

/** How an indicator's values are written. */
export interface SummaryIndicator {
  /** Indicator name in the summary's language (or the English fallback). */
  name: string;
  unit: SummaryUnit;
  /** Decimal places shown at most; 1 by default. */
  decimals?: number;
}

/** A target value and its year (e.g. the global 2030 target, or a city's own target). */
export interface SummaryTarget {
  value: number;
  year: number;
}

export interface IndicatorProgressSummaryInput extends SummaryIndicator {
  direction: Direction;
  /** First value of the period measured (e.g. the base year); null when there is none. */
  first: YearValue | null;
  /** Latest value; null when there is none. */
  latest: YearValue | null;
  /** Progress status toward the target (or along the trend); null when it was not measured. */
  status: ProgressStatus | null;
  /** Median of the peer cities' latest values and how many peer cities it is taken from. */
  peerMedian?: { value: number; cityCount: number } | null;
  /** The global target; its year (2030 by default) is the year the status sentence names. */
  target?: SummaryTarget | null;
  /** Progress toward the city's own confirmed target, when it set one. */
  localTarget?: (SummaryTarget & { status: ProgressStatus | null }) | null;
}

export interface ScoreSummaryInput {
  /** What is scored, e.g. "Overall score" or an area name, in the summary's language. */
  subject: string;
  /** 0–100 score; null when it is not shown (too little coverage or no data). */
  score: number | null;
  band: ScoreBand | null;
  /** Indicators with a score and indicators in total. */
  reported: number;
  total: number;
  /** Share of indicators that must have data for the score to be shown (0.8 by default). */
  minCoverage?: number;
  /** Oldest and newest data year among the values scored; null when there are none. */
  dataYears: { from: number; to: number } | null;
}

/** Dimensions with a disadvantaged and a reference group. */
export type ParityDimension = Extract<DimensionCode, 'SEX' | 'URBANISATION' | 'DISABILITY_STATUS'>;

export interface EquityGapSummaryInput extends SummaryIndicator {
  /** SEX: women/men; URBANISATION: rural/urban; DISABILITY_STATUS: with/without a disability. */
  dimension: ParityDimension;
  /** Year of the values compared; null when no year has both. */
  year: number | null;
  /** Values of the disadvantaged and the reference group in `year`, when known. */
  disadvantagedValue?: number | null;
  referenceValue?: number | null;
  parity: ParityIndex | null;
}

export interface RankingSummaryInput extends SummaryIndicator {
  cityName: string;
  /** The city's latest value; null when it has none. */
  latest: YearValue | null;
  /** Rank (1 = best) among `of` cities with a value; null when it cannot be ranked. */
  rank: number | null;
  of: number;
  /** Oldest and newest year of the values ranked (they may differ from city to city). */
  dataYears: { from: number; to: number } | null;
}

export interface ComparisonSummaryInput extends SummaryIndicator {
  /** First and last year shown. */
  from: number;
  to: number;
  /** Each compared city with its latest value up to `to` (null when it has none). */
  cities: { name: string; latest: YearValue | null }[];
}

export interface DistributionSummaryInput extends SummaryIndicator {
  year: number | null;
  /** Spread of the cities' values in `year`; null when no city reported one. */
  distribution: { cities: number; min: number; median: number; max: number } | null;
}

export interface CoverageSummaryInput {
  /** Year described; null when there is no data at all. */
  year: number | null;
  memberCities: number;
  /** Cities with approved data in `year`. */
  reportingCities: number;
}
