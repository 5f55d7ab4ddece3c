/**
 * The mayor's progress report of a city for one year (`GET /api/cities/:slug/reports/:year`): scores,
 * progress toward 2030, position among peers, equity gaps, data quality, the city's own targets and
 * evidence notes, in one answer. Anyone reads the public version (approved values only); the city's
 * own people and network staff may ask for the insider version, which adds values not yet approved.
 */
import type { CompositeScore, ParityIndex, ProgressMeasure, ProgressMethod, ScoreBand } from './analytics';
import type {
  AnalyticsCity,
  AnalyticsIndicator,
  LocalTargetProgress,
  PeerGroupDescription,
  PeerStanding,
} from './analytics-api';
import type { DimensionCode, ObservationStatus, SubmissionStatus } from './codes';
import type { EvidenceNoteDto } from './evidence-notes';

export interface CityReportQuery {
  /**
   * `true`: the insider version, with values not yet approved (each one labelled). Only for network
   * staff and the city's own people; everyone else gets 401/403.
   */
  preview?: boolean;
  /** Peer group, as in the analytics (`like-mine` by default: the cities nearest in population in the region). */
  peers?: string;
  /** `like-mine`: neighbours besides the city (default 10). */
  k?: number;
}

/** The peer group a report compares with unless the query names another. */
export const DEFAULT_REPORT_PEERS = 'like-mine';

/** A value of the report's city with its data year and what a reader must know about it. */
export interface ReportValue {
  year: number;
  value: number;
  /** `E` estimated, `P` provisional are marked wherever the value shows. */
  status: ObservationStatus;
  /** False for a value of a submission not approved yet (insider version only). */
  approved: boolean;
}

/** A 0–100 score with its colour and what it rests on. */
export interface ReportScore {
  composite: CompositeScore;
  band: ScoreBand | null;
  /** Oldest and newest data year of the values scored; null when none is. */
  dataYears: { from: number; to: number } | null;
}

export interface ReportAreaScore extends ReportScore {
  /** Key Features area, e.g. `KF.2.1`. */
  code: string;
  name: string;
  /** The section the area belongs to, e.g. `KF.2`. */
  section: { code: string; name: string } | null;
}

/** The city's value of one indicator against its peers' latest values up to the report year. */
export interface ReportPeerComparison {
  /** Rank among the peers with a value; null when the city has none or the indicator cannot rank cities. */
  standing: PeerStanding | null;
  /** Median of the latest values of the peer cities with one (the city included). */
  median: number;
  /** Peer cities with a value, the city included. */
  cities: number;
}

export interface ReportIndicator {
  indicator: AnalyticsIndicator;
  /** The Key Features area it is read under (the first, when several); null outside the framework. */
  area: string | null;
  /** First value of the period measured (from the base year on), and the latest up to the report year. */
  first: ReportValue | null;
  latest: ReportValue | null;
  score: number | null;
  band: ScoreBand | null;
  /** Progress toward the global 2030 target (or along the trend when the indicator has none), as of the report year. */
  progress: ProgressMeasure;
  /** Progress toward the city's own confirmed target; null when it set none. */
  localTarget: LocalTargetProgress | null;
  /** Null when no peer city has a value. */
  peers: ReportPeerComparison | null;
}

/** One city of the peer group with its overall score. */
export interface ReportPeerCity {
  slug: string;
  name: string;
  /** Overall score from the latest values up to the report year; null when coverage is too low. */
  score: number | null;
  band: ScoreBand | null;
  /** The report's city. */
  self: boolean;
}

export interface ReportPeerPosition {
  group: PeerGroupDescription;
  /** Best overall score first; cities without a score last, by name. */
  cities: ReportPeerCity[];
  /** Rank of the city's overall score among the scored cities (1 = best); null when it has none. */
  rank: number | null;
  /** Cities with an overall score. */
  ranked: number;
  /** Median overall score of the scored cities; null when none is scored. */
  median: number | null;
}

export const REPORT_PARITY_DIMENSIONS = ['SEX', 'URBANISATION', 'DISABILITY_STATUS'] as const;
/** Dimensions with a disadvantaged and a reference group: women/men, rural/urban, with/without disability. */
export type ReportParityDimension = Extract<DimensionCode, (typeof REPORT_PARITY_DIMENSIONS)[number]>;

/** A gap between two groups on one indicator, in the latest year up to the report year with both values. */
export interface ReportEquityGap {
  indicator: AnalyticsIndicator;
  dimension: ReportParityDimension;
  /** Group codes, e.g. `F` and `M`. */
  disadvantaged: string;
  reference: string;
  year: number;
  disadvantagedValue: number;
  referenceValue: number;
  parity: ParityIndex;
  /** False when either value comes from a submission not approved yet. */
  approved: boolean;
}

export const DATA_QUALITY_FLAGS = ['estimated', 'provisional', 'unapproved', 'commented'] as const;
/**
 * `estimated` (E) and `provisional` (P) observation statuses; `unapproved`: from a submission not
 * approved yet; `commented`: the city explained the value (e.g. that it is a local proxy for a
 * national indicator) in its comment or source.
 */
export type DataQualityFlag = (typeof DATA_QUALITY_FLAGS)[number];

/** A value shown in the report that a careful reader should know more about. */
export interface ReportDataQualityNote {
  indicator: { code: string; name: string };
  year: number;
  flags: DataQualityFlag[];
  source: string | null;
  comment: string | null;
}

/** A year with data the caller may see; `public`: it has approved data, so its public report exists. */
export interface ReportYear {
  year: number;
  public: boolean;
}

export interface CityReportResponse {
  city: AnalyticsCity;
  year: number;
  /** `insider`: values not yet approved are included (and labelled); `public`: approved values only. */
  version: 'public' | 'insider';
  /** Status of the city's submission for the report year (insider version; `approved` in the public one). */
  submissionStatus: SubmissionStatus | null;
  method: ProgressMethod;
  /** Years with data the caller may see, ascending. */
  years: ReportYear[];
  overall: ReportScore;
  /** Key Features areas in framework order. */
  areas: ReportAreaScore[];
  /** Every indicator of the Key Features, in framework order. */
  indicators: ReportIndicator[];
  peers: ReportPeerPosition;
  /** Gaps outside parity first (largest first), then those at parity. */
  equity: ReportEquityGap[];
  dataQuality: ReportDataQualityNote[];
  /** Evidence notes of the city up to the report year, newest first (of years approved, in the public version). */
  evidence: EvidenceNoteDto[];
}

/** The years with data a caller may see (`GET /api/cities/:slug/reports`), to pick a report from. */
export interface CityReportYearsResponse {
  city: AnalyticsCity;
  years: ReportYear[];
  /** The newest year with data the caller may see; null when there is none. */
  latestYear: number | null;
}

/**
 * The year with data nearest to the one asked for (the later one of two equally near), or null when
 * there is none: what a report for a year without data suggests instead.
 */
export function nearestYearWithData(years: readonly number[], asked: number): number | null {
  let nearest: number | null = null;
  for (const year of years) {
    const distance = Math.abs(year - asked);
    const best = nearest === null ? Infinity : Math.abs(nearest - asked);
    if (distance < best || (distance === best && nearest !== null && year > nearest)) nearest = year;
  }
  return nearest;
}

/** File name of a report's PDF, e.g. `cork-progress-report-2024-fr.pdf`. */
export function reportPdfFileName(slug: string, year: number, language: string): string {
  return `${slug}-progress-report-${year}${language === 'en' ? '' : `-${language}`}.pdf`;
}
