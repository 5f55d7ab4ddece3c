/**
 * Requests and responses of the analytics API (`/api/analytics`): city progress, indicator comparison,
 * composite scores, equity, network overview, peer groups and local targets. The method results they
 * carry (progress measures, scores, parity indices) are defined in ./analytics.
 */
import type { CompositeScore, ParityIndex, ProgressMeasure, ProgressMethod, ScoreBand } from './analytics';
import type { DimensionCode, Direction, FrameworkCode, ObservationStatus, RegionCode } from './codes';
import type { PopulationBand } from './plausibility';
import type { ReportingStatus } from './workflow';

// ---------------------------------------------------------------------------------------------------
// Peer groups

export const PEER_GROUP_SELECTOR_KINDS = ['region', 'country', 'band', 'like-mine', 'set', 'all'] as const;
/**
 * How a peer group is chosen, written in the `peers` query parameter:
 * `region`, `country`, `band`: the reference city's UNESCO region, country or population band
 * (`region:APA`, `country:IRL`, `band:1M_5M` name one explicitly, without a reference city);
 * `like-mine`: the `k` cities nearest by population in the reference city's region, with it;
 * `set:<id>`: a saved peer group; `all`: every city of the network.
 */
export type PeerGroupSelectorKind = (typeof PEER_GROUP_SELECTOR_KINDS)[number];

/** How many cities "cities like mine" holds besides the reference city, unless `k` says otherwise. */
export const DEFAULT_LIKE_MINE_COUNT = 10;
export const MAX_LIKE_MINE_COUNT = 100;

/** The peer group an answer used. Fields that do not apply to its kind are null. */
export interface PeerGroupDescription {
  kind: PeerGroupSelectorKind;
  /** The selector in its explicit form, e.g. `region:APA`, `like-mine`, `set:12`. */
  selector: string;
  region: RegionCode | null;
  /** ISO 3166 alpha-3. */
  country: string | null;
  band: PopulationBand | null;
  /** The saved set. */
  set: { id: number; name: string } | null;
  /** Reference city (slug) the group was taken from, when it was. */
  city: string | null;
  /** `like-mine`: the number of neighbours asked for. */
  k: number | null;
  /** Cities in the group, the reference city included. */
  cityCount: number;
}

/** A city as the analytics answers name it. */
export interface AnalyticsCity {
  slug: string;
  name: string;
  countryIso3: string;
  countryName: string;
  region: RegionCode;
  population: number | null;
  latitude: number | null;
  longitude: number | null;
}

/** An indicator as the analytics answers name it. */
export interface AnalyticsIndicator {
  code: string;
  name: string;
  unit: string;
  unitLabel: string;
  direction: Direction;
  decimals: number;
  /** The global (SDG) target and its year; null when the indicator has no numeric target. */
  targetValue: number | null;
  targetYear: number | null;
  /** Values scoring 100 and 0 on the 0–100 scale (the worst bound may be the network's 2.5th percentile). */
  bestBound: number | null;
  worstBound: number | null;
}

/** Common to every analytics query. */
export interface AnalyticsPreviewQuery {
  /**
   * Include values not yet approved. Only for callers who may see them: network staff for every city,
   * a city's officials and mayor for their own city (other cities stay approved-only).
   */
  preview?: boolean;
}

/** Choosing a peer group. */
export interface PeerGroupQuery {
  /** `region` (default where a reference city is given), `country`, `band`, `like-mine`, `set:<id>`, `all`, … */
  peers?: string;
  /** `like-mine`: neighbours besides the reference city (default 10). */
  k?: number;
}

/** GET /api/analytics/peers: the cities of a peer group, e.g. for a city picker's shortcuts. */
export interface PeersQuery extends PeerGroupQuery {
  /** Reference city (slug), needed by `region`, `country`, `band` and `like-mine`. */
  city?: string;
}

export interface PeersResponse {
  group: PeerGroupDescription;
  /** By name. */
  cities: AnalyticsCity[];
}

/** A saved peer group: a custom set of cities, owned by the user who made it. */
export interface SavedPeerGroupDto {
  id: number;
  name: string;
  owner: { displayName: string };
  /** True when the caller may rename, change or delete it (its owner, or an administrator). */
  editable: boolean;
  /** By name. */
  cities: AnalyticsCity[];
  createdAt: string;
  updatedAt: string;
}

/** Creates or replaces a saved peer group. */
export interface SavePeerGroupRequest {
  name: string;
  /** City slugs, at least one. */
  cities: string[];
}

// ---------------------------------------------------------------------------------------------------
// City progress

export interface CityProgressQuery extends AnalyticsPreviewQuery, PeerGroupQuery {
  /** Progress method; `open-sdg` by default. */
  method?: ProgressMethod;
}

/** A value with its own year: comparisons say how old each value is. */
export interface DatedValue {
  year: number;
  value: number;
  status: ObservationStatus;
}

/** Where a city's value stands in its peer group. */
export interface PeerStanding {
  /** 1 for the best value among the group's cities with a value; ties share a rank. */
  rank: number;
  /** Cities of the group with a value, the city included. */
  of: number;
  /** Share of the other ranked cities with a worse value, in percent (0–100); null when none is ranked. */
  percentile: number | null;
}

/** Progress toward the city's own confirmed target. */
export interface LocalTargetProgress {
  targetId: number;
  targetValue: number;
  targetYear: number;
  measure: ProgressMeasure;
}

export interface CityProgressRow {
  indicator: AnalyticsIndicator;
  /** Latest value of the city (the headline value, not a breakdown); null when it has none. */
  latest: DatedValue | null;
  /** 0–100 score of the latest value and its colour; null without a value or bounds. */
  score: number | null;
  band: ScoreBand | null;
  /** Standing of the latest value among the peer group's latest values; null without a value. */
  standing: PeerStanding | null;
  /** Progress toward the global 2030 target (or along the trend when the indicator has none). */
  globalProgress: ProgressMeasure;
  /** Progress toward the city's confirmed local target; null when it has none. */
  localProgress: LocalTargetProgress | null;
}

export interface CityProgressResponse {
  city: AnalyticsCity;
  method: ProgressMethod;
  peers: PeerGroupDescription;
  /** True when values not yet approved were included. */
  preview: boolean;
  /** Every indicator, by code. */
  indicators: CityProgressRow[];
}

// ---------------------------------------------------------------------------------------------------
// Indicator comparison

export interface IndicatorComparisonQuery extends AnalyticsPreviewQuery, PeerGroupQuery {
  /** Comma-separated city slugs; or a peer group in `peers` (not both). */
  cities?: string;
  /** Reference city (slug) of a peer group that needs one. */
  city?: string;
  /** First and last year shown; by default the eleven years up to the latest with data. */
  from?: number;
  to?: number;
  method?: ProgressMethod;
}

/**
 * A city's values over the answer's `years`: every array holds one entry per year, in the order of
 * `years`. Missing stays null, never zero.
 */
export interface ComparisonCityRow {
  city: AnalyticsCity;
  values: (number | null)[];
  statuses: (ObservationStatus | null)[];
  /** 0–100 score of each value; null without a value or bounds. */
  scores: (number | null)[];
  /**
   * Rank of each value among the compared cities with a value that year (1 = best, ties shared; the
   * answer's `rankedByYear` says of how many); null without a value or for an indicator that cannot rank.
   */
  ranks: (number | null)[];
  /** Share of the other cities ranked that year with a worse value, in percent; null where none is ranked. */
  percentiles: (number | null)[];
  /**
   * Latest value up to `to`, with its data year, score, colour and standing among the others' latest
   * values (no standing for an indicator that cannot rank, e.g. aimed at a target it does not have).
   */
  latest:
    (DatedValue & { score: number | null; band: ScoreBand | null; standing: PeerStanding | null }) | null;
  /** Progress toward the global target, from the values up to `to`. */
  progress: ProgressMeasure;
}

export interface IndicatorComparisonResponse {
  indicator: AnalyticsIndicator;
  method: ProgressMethod;
  from: number;
  to: number;
  years: number[];
  /** Cities ranked in each year of `years` (those with a value); 0 where none is or the indicator cannot rank. */
  rankedByYear: number[];
  /** The peer group compared, or null when cities were named. */
  peers: PeerGroupDescription | null;
  preview: boolean;
  /** `not_available` when none of the cities has a value in the years asked for. */
  availability: Availability;
  /** Best latest value first; cities without one last, by name. */
  cities: ComparisonCityRow[];
}

export const ANALYTICS_UNAVAILABLE_REASONS = [
  'no_data',
  'not_disaggregated',
  'no_disaggregated_data',
] as const;
/**
 * Why an answer has nothing to show: `no_data`: no value in the selection and years;
 * `not_disaggregated`: the indicator is not broken down by sex, location, disability or age;
 * `no_disaggregated_data`: the city has reported no breakdown of it.
 */
export type AnalyticsUnavailableReason = (typeof ANALYTICS_UNAVAILABLE_REASONS)[number];

export type Availability =
  { status: 'available'; reason: null } | { status: 'not_available'; reason: AnalyticsUnavailableReason };

// ---------------------------------------------------------------------------------------------------
// Composite scores

export interface CityCompositesQuery extends AnalyticsPreviewQuery {
  /** Framework; `KFLC` by default. */
  framework?: FrameworkCode;
  /** Scores of the latest values up to this year; all years by default. */
  year?: number;
}

export interface CompositeIndicatorScore {
  code: string;
  /** 0–100 score of the latest value; null without a value or bounds. */
  score: number | null;
  /** Data year of the value scored. */
  year: number | null;
}

export interface CompositeNodeScore {
  code: string;
  name: string;
  level: string;
  parent: string | null;
  /** Mean of the indicator scores under the node (any depth), with its coverage. */
  composite: CompositeScore;
  band: ScoreBand | null;
  indicators: CompositeIndicatorScore[];
}

export interface CityCompositesResponse {
  city: AnalyticsCity;
  framework: FrameworkCode;
  year: number | null;
  preview: boolean;
  /** Depth first, in framework order. */
  nodes: CompositeNodeScore[];
}

// ---------------------------------------------------------------------------------------------------
// Equity

export interface CityEquityQuery extends AnalyticsPreviewQuery {
  indicator: string;
}

export interface EquityGroup {
  /** Dimension code, e.g. `F`, `R`, `PD`, `Y15T24`. */
  code: string;
  label: string;
  /** One per year of the answer's `years`; null where the group has no value. */
  values: (number | null)[];
}

export interface EquityDimension {
  dimension: DimensionCode;
  groups: EquityGroup[];
  /**
   * The disadvantaged group over the reference group (female/male, rural/urban, with/without
   * disability), one per year; null for dimensions without such a pair (age).
   */
  parity: { disadvantaged: string; reference: string; indices: (ParityIndex | null)[] } | null;
}

export interface CityEquityResponse {
  city: AnalyticsCity;
  indicator: AnalyticsIndicator;
  preview: boolean;
  years: number[];
  /** The headline value of each year. */
  total: (number | null)[];
  availability: Availability;
  dimensions: EquityDimension[];
}

// ---------------------------------------------------------------------------------------------------
// Network overview

/** The overview describes approved data only; network staff also see submission statuses. */
export interface NetworkOverviewQuery {
  /**
   * Year of the coverage and distributions; by default the latest year that at least half as many
   * cities reported as the best-covered year (the newest year is sparse early in a reporting cycle).
   */
  year?: number;
}

/** Spread of one indicator's values across cities in one year. */
export interface ValueDistribution {
  cities: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface NetworkIndicatorOverview {
  indicator: AnalyticsIndicator;
  /** Cities reporting a value, one per year of `years`. */
  citiesByYear: number[];
  /** The values of `year`; null when no city reported one. */
  distribution: ValueDistribution | null;
}

export interface NetworkOverviewResponse {
  /** The year summarised (asked for, or the default); null when there is no data at all. */
  year: number | null;
  /** Years with data, ascending. */
  years: number[];
  /** Current member cities. */
  memberCities: number;
  /** Cities with an approved submission, and the headline values reported, per year of `years`. */
  coverageByYear: { year: number; cities: number; values: number }[];
  /** Member cities and those reporting in `year`, per UNESCO region. */
  coverageByRegion: { region: RegionCode; cities: number; reporting: number }[];
  /** Submission statuses per year; network staff only (null for everyone else). */
  submissions: { year: number; counts: Record<ReportingStatus, number> }[] | null;
  indicators: NetworkIndicatorOverview[];
}

// ---------------------------------------------------------------------------------------------------
// Local targets

export const LOCAL_TARGET_STATUSES = ['proposed', 'confirmed', 'rejected'] as const;
/** A city's own target: proposed by its officials, then confirmed or rejected by an analyst or admin. */
export type LocalTargetStatus = (typeof LOCAL_TARGET_STATUSES)[number];

export interface LocalTargetDto {
  id: number;
  city: string;
  indicator: string;
  targetValue: number;
  targetYear: number;
  status: LocalTargetStatus;
  /** The proposer's justification, e.g. the council decision it rests on. */
  note: string | null;
  proposedBy: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  /** The confirmed target progress is measured against (the latest confirmed one per indicator). */
  inUse: boolean;
}

/** A target's indicator: its name, and its unit and decimals to show the target value. */
export type LocalTargetIndicator = Pick<AnalyticsIndicator, 'code' | 'name' | 'unitLabel' | 'decimals'>;

/** A proposal awaiting a decision, in the network-wide list: with what it takes to show it anywhere. */
export interface PendingLocalTargetDto extends Omit<LocalTargetDto, 'indicator'> {
  cityName: string;
  /** An object with its code, so that its name comes in the reader's language like every indicator's. */
  indicator: LocalTargetIndicator;
}

export interface LocalTargetsQuery {
  indicator?: string;
}

export interface ProposeLocalTargetRequest {
  indicator: string;
  targetValue: number;
  targetYear: number;
  note?: string;
}

export interface ReviewLocalTargetRequest {
  status: Exclude<LocalTargetStatus, 'proposed'>;
  /** Required to reject: why. */
  note?: string;
}
