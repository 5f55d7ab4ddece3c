/** Data exchange, outgoing: exports for any filter and the per-city import template. */
import type { ObservationStatus, SubmissionStatus } from './codes';

/**
 * `csv` our own columns (the import template's), `xlsx` the same with a metadata front sheet,
 * `open-sdg-zip` one Open SDG CSV per indicator in a ZIP, `sdmx-csv` SDMX-CSV 2.0, `json` for scripts.
 */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'open-sdg-zip', 'sdmx-csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const TEMPLATE_FORMATS = ['csv', 'xlsx'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

/** Query of `GET /api/exports`; lists are comma-separated, every filter optional. */
export interface ExportQuery {
  format: ExportFormat;
  /** City slugs. */
  cities?: string;
  /** Indicator codes. */
  indicators?: string;
  /** Years and ranges, e.g. `2015,2018-2020`. */
  years?: string;
  /**
   * `true` adds values not yet approved (drafts, submitted, returned) for the cities the caller may
   * see them of; everyone else, and everyone by default, gets approved values only.
   */
  unapproved?: boolean;
}

/** What every export states about itself (the XLSX front sheet, the JSON `metadata`, the ZIP's README). */
export interface ExportMetadata {
  title: string;
  exportedAt: string;
  /** The filter as asked, in words, e.g. `cities: bristol; years: 2015-2020`. */
  filter: string;
  /** True when unapproved values are included (only for callers allowed to see them). */
  includesUnapproved: boolean;
  licence: string;
  source: string;
}

/** One observation as exported: units, series, observation status and source always present. */
export interface ExportedObservation {
  city: string;
  cityName: string;
  year: number;
  /** The period as reported when it was not a plain year, e.g. `2018/2019`. */
  timeDetail: string | null;
  indicator: string;
  indicatorName: string;
  /** SDG series code, or our indicator code for indicators of our own. */
  series: string;
  unit: string;
  unitLabel: string;
  sex: string;
  age: string;
  urbanisation: string;
  disabilityStatus: string;
  value: number | null;
  status: ObservationStatus;
  source: string | null;
  comment: string | null;
  /** Workflow state of the city-year the value belongs to. */
  reportStatus: SubmissionStatus;
}

export interface ExportJson {
  metadata: ExportMetadata;
  observations: ExportedObservation[];
}
