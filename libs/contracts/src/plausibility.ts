/** Plausibility checks: how a value compares with the city's own past and with its peers. */
import type { Disaggregation, RegionCode } from './codes';

/** When a value asks for a comment. Stored in the `plausibility` app setting; both optional there. */
export interface PlausibilityThresholds {
  /** A robust z-score beyond ± this against the city's own history asks for a comment. */
  maxRobustZ: number;
  /** A change of more than this percentage against the previous value asks for a comment. */
  maxChangePercent: number;
}

export const DEFAULT_PLAUSIBILITY_THRESHOLDS: Readonly<PlausibilityThresholds> = {
  maxRobustZ: 3.5,
  maxChangePercent: 50,
};

/** Key of the app setting that overrides the thresholds, e.g. `{"maxRobustZ": 3, "maxChangePercent": 40}`. */
export const PLAUSIBILITY_SETTING = 'plausibility';

export const PLAUSIBILITY_WARNING_KINDS = ['unusual-for-city', 'large-change'] as const;
/**
 * `unusual-for-city`: far from the city's own history (robust z-score beyond the threshold);
 * `large-change`: a change against the previous value beyond the threshold.
 * A warning asks for a comment before submitting; it never blocks.
 */
export type PlausibilityWarningKind = (typeof PLAUSIBILITY_WARNING_KINDS)[number];

export interface PlausibilityWarning {
  kind: PlausibilityWarningKind;
  /** The measure that crossed its threshold: the robust z-score, or the change in percent. */
  measure: number;
  threshold: number;
}

export const POPULATION_BANDS = ['LT_250K', '250K_1M', '1M_5M', 'GE_5M'] as const;
/** Population bands of peer groups: under 250,000, 250,000 to 1 million, 1 to 5 million, over 5 million. */
export type PopulationBand = (typeof POPULATION_BANDS)[number];

export const PEER_GROUP_KINDS = ['region', 'population'] as const;
export type PeerGroupKind = (typeof PEER_GROUP_KINDS)[number];

/** The cities a value is compared with: the same UNESCO region, or the same population band. */
export type PeerGroup = { kind: 'region'; region: RegionCode } | { kind: 'population'; band: PopulationBand };

export interface YearValue {
  year: number;
  value: number;
}

/** Approved values of the peer cities (the city itself excluded) for one indicator and disaggregation. */
export interface PeerSummary {
  /** The year the values are from: the reporting year, or the latest earlier one with approved peer values. */
  year: number;
  count: number;
  median: number;
  /** Lower and upper quartiles. */
  q1: number;
  q3: number;
  /** The peer values in ascending order, without city names, to place a value being typed. */
  values: number[];
}

/** Where a value stands among its peers. */
export interface PeerPosition {
  /** Share of peer values below it, ties counting half, in percent (0–100). */
  percentile: number;
  /** 1 for the highest value, counting the city among its peers. */
  rank: number;
  /** Number of cities ranked: the peers and the city itself. */
  of: number;
  median: number;
}

export interface PlausibilityCheck {
  value: number;
  /** The latest earlier value of the city, or null when it has none. */
  previous: YearValue | null;
  /** Change against `previous`; null without a previous value. */
  change: number | null;
  /** Change in percent of the previous value; null when there is none or it is zero. */
  changePercent: number | null;
  /** 0.6745·(value − median)/MAD over the city's history; null with fewer than 3 past values or no spread. */
  robustZ: number | null;
  peerPosition: PeerPosition | null;
  /** Each asks for a comment before submitting. */
  warnings: PlausibilityWarning[];
}

export interface PlausibilityQuery {
  /** One indicator only; all indicators when left out. */
  indicator?: string;
  /** `region` (default) or `population`. */
  peers?: PeerGroupKind;
}

export interface PlausibilityRow {
  indicator: string;
  disaggregation: Disaggregation;
  /** The city's own values of the five years before the reporting year (any review status), oldest first. */
  history: YearValue[];
  /** The value stored for the reporting year, or null when there is none (or it is marked missing). */
  current: number | null;
  peers: PeerSummary | null;
  /** The checks of `current`; null without a current value. */
  check: PlausibilityCheck | null;
}

export interface PlausibilityResponse {
  city: string;
  year: number;
  /** The group used: the one asked for, or the region when the city's population is unknown. */
  peerGroup: PeerGroup;
  thresholds: PlausibilityThresholds;
  /** One row per indicator and disaggregation with a value of the city or its peers. */
  rows: PlausibilityRow[];
}
