import type {
  Aggregation,
  DimensionCode,
  Direction,
  Disaggregation,
  FrameworkCode,
  ObservationStatus,
  RegionCode,
  SubmissionStatus,
} from './codes';
import type { ScoreBandThresholds } from './analytics';

export interface HealthResponse {
  status: 'ok' | 'error';
  database: 'up' | 'down';
}

export interface MetaResponse {
  /** True when the database holds the synthetic demo values: every screen must say so. */
  demoData: boolean;
  version: string;
}

export interface CitySummary {
  slug: string;
  name: string;
  countryIso3: string;
  countryName: string;
  region: RegionCode;
  population: number | null;
  populationYear: number | null;
  latitude: number | null;
  longitude: number | null;
  /** ISO date (YYYY-MM-DD) the city joined the network. */
  joinedOn: string | null;
  /** ISO date the city left the network, or null while it is a member. */
  leftOn: string | null;
  isMember: boolean;
}

export interface CityDetail extends CitySummary {
  /** Reporting years for which the city has a submission, newest first. */
  reportingYears: number[];
}

export interface CityListQuery {
  region?: RegionCode;
  /** ISO 3166 alpha-3. */
  country?: string;
  /** Text search over city and country names. */
  q?: string;
}

export interface DimensionValue {
  code: string;
  label: string;
}

export interface DimensionDto {
  code: DimensionCode;
  name: string;
  values: DimensionValue[];
}

export interface IndicatorDto {
  code: string;
  name: string;
  definition: string;
  /** Unit code (SDMX UNIT_MEASURE style, e.g. `PT` for percent). */
  unit: string;
  unitLabel: string;
  direction: Direction;
  decimals: number;
  minValue: number | null;
  maxValue: number | null;
  targetValue: number | null;
  targetYear: number | null;
  baselineYear: number | null;
  /** Value that scores 100 on the 0–100 scale. */
  bestBound: number | null;
  /** Value that scores 0 on the 0–100 scale. */
  worstBound: number | null;
  /** Colour thresholds of the 0–100 score set for this indicator; null uses the defaults. */
  scoreBands: ScoreBandThresholds | null;
  dimensions: DimensionCode[];
  aggregation: Aggregation;
  sdgSeriesCode: string | null;
  /** Codes of the framework nodes the indicator sits under, across all frameworks. */
  frameworkNodes: string[];
}

export interface IndicatorListQuery {
  /** Framework node code, e.g. `KF.2.2` or `SDG.4`: indicators under it, at any depth. */
  node?: string;
  framework?: FrameworkCode;
  q?: string;
}

export interface FrameworkSummary {
  code: FrameworkCode;
  name: string;
  description: string;
}

export interface FrameworkNodeDto {
  code: string;
  name: string;
  /** Kind of node in its framework, e.g. `section`, `area`, `goal`, `target`, `indicator`, `theme`. */
  level: string;
  indicatorCodes: string[];
  children: FrameworkNodeDto[];
}

export interface FrameworkTreeDto extends FrameworkSummary {
  nodes: FrameworkNodeDto[];
}

export interface ObservationDto {
  indicator: string;
  year: number;
  disaggregation: Disaggregation;
  value: number | null;
  status: ObservationStatus;
  source: string | null;
  comment: string | null;
}

export interface SubmissionSummary {
  year: number;
  status: SubmissionStatus;
  version: number;
  updatedAt: string;
}

export interface CityObservationsQuery {
  year?: number;
  indicator?: string;
}

export interface CityObservationsResponse {
  city: string;
  submissions: SubmissionSummary[];
  observations: ObservationDto[];
}

export interface ObservationInput {
  indicator: string;
  disaggregation?: Disaggregation;
  /** Null only with status `M` (missing). */
  value: number | null;
  status?: ObservationStatus;
  source?: string | null;
  comment?: string | null;
}

export interface SaveObservationsRequest {
  /** The submission version the editor started from; 0 or left out only while no submission exists. */
  version?: number;
  observations: ObservationInput[];
}

export interface SaveObservationsResponse {
  city: string;
  year: number;
  submission: SubmissionSummary;
  saved: number;
}
