/** Data exchange: file imports (upload → dry run → report → confirm) and the label mappings they use. */
import type { Disaggregation, ObservationStatus } from './codes';

/**
 * File formats the importer understands; detected from the content, not the file name.
 * `template-*` is our own per-city template, `open-sdg-csv` one Open SDG indicator file,
 * `sdmx-csv-1` / `sdmx-csv-2` SDMX-CSV 1.0 and 2.0 (2.0 with the ACTION column: M merge, R replace, D delete).
 */
export const IMPORT_FORMATS = [
  'template-csv',
  'template-xlsx',
  'open-sdg-csv',
  'sdmx-csv-1',
  'sdmx-csv-2',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * `queued` → `dry-running` → `ready` (report available, nothing written yet) → `committing` → `committed`.
 * `failed` when the file cannot be read at all; `cancelled` when the user stopped it. Failed and cancelled
 * imports leave nothing behind in the data.
 */
export const IMPORT_JOB_STATUSES = [
  'queued',
  'dry-running',
  'ready',
  'committing',
  'committed',
  'failed',
  'cancelled',
] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** Largest accepted upload, in bytes (200 MB); larger uploads answer 413. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** Multipart form fields of `POST /api/imports` besides the `file` part. */
export interface ImportUploadFields {
  /** Slug of the city the values belong to. */
  city: string;
  /** Year used for template rows that leave the year blank. */
  defaultYear?: number;
  /**
   * Code of the indicator an Open SDG file is for, when its file name does not name one unambiguously
   * (e.g. SDG 4.6.1 is measured by SDG_4_6_1_LIT and SDG_4_6_1_NUM). Left out, it is taken from the file.
   */
  indicator?: string;
}

/** What a row's value does compared with what is stored. `deleted`: an SDMX-CSV 2.0 `D` row removes it. */
export const IMPORT_CHANGE_KINDS = ['new', 'changed', 'unchanged', 'deleted'] as const;
export type ImportChangeKind = (typeof IMPORT_CHANGE_KINDS)[number];

export interface ImportProgress {
  rowsProcessed: number;
  bytesProcessed: number;
  /** Size of the uploaded file: `bytesProcessed / bytesTotal` is the progress bar. */
  bytesTotal: number;
}

export interface ImportCounts {
  /** Data rows read from the file (header excluded). */
  rows: number;
  /** Rows that passed every rule and are not part of a conflict. */
  accepted: number;
  /** Rows refused, each with its reasons (a row may have several). */
  rejected: number;
  /** Rows that share their key (indicator, year, disaggregation) with another row of different value. */
  conflicting: number;
  new: number;
  changed: number;
  unchanged: number;
  deleted: number;
}

export interface ImportJobDto {
  id: string;
  /** City slug. */
  city: string;
  cityName: string;
  fileName: string;
  /** SHA-256 of the uploaded bytes, hexadecimal; kept in the audit trail of the commit. */
  fileHash: string;
  /** Null until the format was recognised. */
  format: ImportFormat | null;
  status: ImportJobStatus;
  defaultYear: number | null;
  /** Indicator chosen at upload (ImportUploadFields.indicator); null when taken from the file. */
  indicator: string | null;
  /**
   * True when the file could not be imported because it does not name its indicator unambiguously
   * and none was chosen: choose one (`indicator`) and upload the file again.
   */
  indicatorChoiceNeeded: boolean;
  progress: ImportProgress;
  counts: ImportCounts;
  /** Reporting years the accepted rows belong to, ascending. */
  years: number[];
  /**
   * Why the file could not be imported (status `failed`); null otherwise. Rows of a year that is no
   * longer a draft are refused one by one, as rejected rows.
   */
  problem: string | null;
  /** True when the dry run is `ready` and has something to write (new, changed or deleted values). */
  canCommit: boolean;
  /** Who uploaded the file (display name or e-mail). */
  createdBy: string;
  createdAt: string;
  /** When the dry run ended (ready, failed or cancelled); null while running. */
  dryRunFinishedAt: string | null;
  committedAt: string | null;
}

/** The parts of a dry-run report, each paged separately. */
export const IMPORT_REPORT_KINDS = ['accepted', 'rejected', 'conflicts', 'changes'] as const;
export type ImportReportKind = (typeof IMPORT_REPORT_KINDS)[number];

export interface ImportReportQuery {
  kind: ImportReportKind;
  /** 1-based; default 1. */
  page?: number;
  /** Default 100, at most 1000. */
  pageSize?: number;
  /** For `accepted`, `changes` and `conflicts`: only rows of this indicator code. */
  indicator?: string;
  /** For `accepted`, `changes` and `conflicts`: only rows of this year. */
  year?: number;
  /** For `accepted` and `changes`: only this kind of change (`changes` lists all but `unchanged` by default). */
  change?: ImportChangeKind;
}

/** A row that will be written (or deleted) on commit, compared with the stored value. */
export interface ImportAcceptedRow {
  /** 1-based line of the data row in the file (the header is line 1 of a CSV). */
  row: number;
  indicator: string;
  year: number;
  disaggregation: Disaggregation;
  value: number | null;
  status: ObservationStatus;
  source: string | null;
  comment: string | null;
  /** The year as written when it was not a plain year, e.g. `2018/2019` or `2010 to 2011`. */
  timeDetail: string | null;
  change: ImportChangeKind;
  /** The stored value and status before the import; null when there is none. */
  storedValue: number | null;
  storedStatus: ObservationStatus | null;
}

/** One reason a row was refused. */
export interface ImportRejectedRow {
  row: number;
  /** Column (header name) the problem is in; null when it concerns the whole row. */
  column: string | null;
  reason: string;
}

/** Rows of the file with the same key and different values: none of them is written. */
export interface ImportConflict {
  /** Indicator, year and disaggregation when the rows could be mapped; null for rows refused anyway. */
  indicator: string | null;
  year: number | null;
  disaggregation: Disaggregation | null;
  /** The clashing rows, in file order, each with its value as shown (status in brackets unless normal). */
  rows: { row: number; value: string }[];
}

interface ImportReportPageBase {
  page: number;
  pageSize: number;
  /** Items matching the filter, over all pages. */
  total: number;
}

export type ImportReportPage =
  | (ImportReportPageBase & { kind: 'accepted' | 'changes'; items: ImportAcceptedRow[] })
  | (ImportReportPageBase & {
      kind: 'rejected';
      items: ImportRejectedRow[];
      /**
       * Problems are stored up to a cap; `total` counts all of them, `stored` those that can be listed.
       */
      stored: number;
    })
  | (ImportReportPageBase & { kind: 'conflicts'; items: ImportConflict[] });

export interface ImportCommitResponse {
  job: ImportJobDto;
  /** Observations added, changed and deleted by the commit. */
  written: number;
}

/**
 * What a label mapping translates: a `column` label names a dimension (`Gender` → `SEX`), a `value`
 * label names a code of a dimension (`Boys` → `SEX=M`). `OBS_STATUS` values map observation status texts
 * (`Missing data` → `M`).
 */
export const LABEL_MAPPING_KINDS = ['column', 'value'] as const;
export type LabelMappingKind = (typeof LABEL_MAPPING_KINDS)[number];

/**
 * What a label may stand for: the disaggregation dimensions, the observation status, and the
 * attributes files carry (unit, unit multiplier, series, comment, source, the area a row is about). Values of SERIES map to an SDG series code or one of our indicator codes.
 */
export const LABEL_MAPPING_DIMENSIONS = [
  'SEX',
  'AGE',
  'URBANISATION',
  'DISABILITY_STATUS',
  'OBS_STATUS',
  'UNIT_MEASURE',
  'UNIT_MULT',
  'SERIES',
  'COMMENT',
  'SOURCE',
  'REF_AREA',
] as const;
export type LabelMappingDimension = (typeof LABEL_MAPPING_DIMENSIONS)[number];

export interface LabelMappingDto {
  id: number;
  kind: LabelMappingKind;
  /** Text as found in files; matched without regard to case and surrounding spaces. */
  label: string;
  dimension: LabelMappingDimension;
  /** The code for `value` mappings; null for `column` mappings. */
  code: string | null;
}

export interface LabelMappingRequest {
  kind: LabelMappingKind;
  label: string;
  dimension: LabelMappingDimension;
  code?: string | null;
}
