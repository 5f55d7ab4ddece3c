/**
 * Public shapes of the file importer's parsing side. Framework-free: the API streams bytes into
 * `CsvTokenizer`, picks the format with `detectFormat`, and maps each record with a `RowMapper`.
 *
 * Row numbers are spreadsheet rows: the header is row 1, the first data row is row 2. A quoted cell
 * that holds a line break does not start a new row (a spreadsheet shows it in one cell too).
 */
import type {
  DimensionCode,
  ImportFormat,
  LabelMappingKind,
  LabelMappingDimension,
  ObservationStatus,
} from '@lcm/contracts';
import type { DimensionCodeLists, IndicatorRules } from '../observation-rules';

/** Formats whose rows are records of text cells (XLSX sheets are read into the same records as `template-csv`). */
export type RecordFormat = Exclude<ImportFormat, 'template-xlsx'>;

/** One CSV record (a spreadsheet row) and where it is in the file. */
export interface CsvRecord {
  /** Spreadsheet row: the header is row 1. Empty lines count, as a spreadsheet shows them. */
  row: number;
  /** Physical line of the file where the record starts (differs from `row` after quoted line breaks). */
  line: number;
  fields: string[];
}

/** Why a file, its header or one of its rows cannot be imported. */
export type ImportProblemCode =
  // the file as a whole
  | 'EMPTY_FILE'
  | 'HEADER_ONLY'
  | 'NOT_UTF8'
  | 'UTF16'
  | 'RECORD_TOO_LONG'
  | 'BROKEN_QUOTING'
  // the header
  | 'UNKNOWN_FORMAT'
  | 'DUPLICATE_COLUMN'
  | 'MISSING_COLUMN'
  | 'INDICATOR_NOT_IN_FRAMEWORK'
  | 'AMBIGUOUS_INDICATOR'
  | 'NO_INDICATOR'
  // one row
  | 'WRONG_CELL_COUNT'
  | 'UNKNOWN_COLUMN'
  | 'UNKNOWN_LABEL'
  | 'UNKNOWN_INDICATOR'
  | 'WRONG_CITY'
  | 'BAD_YEAR'
  | 'QUARTER'
  | 'BAD_NUMBER'
  | 'NOT_FINITE'
  | 'DECIMAL_COMMA'
  | 'THOUSANDS_SEPARATOR'
  | 'UNIT_MISMATCH'
  | 'UNIT_MULTIPLIER'
  | 'BAD_ACTION'
  | 'BAD_FREQUENCY'
  /** A rule of form entry (validateObservations) refused the mapped row. */
  | 'INVALID';

export interface ImportProblem {
  /** Spreadsheet row (header = 1); null for the file as a whole. */
  row: number | null;
  /** Column header as written in the file; null when the problem is not about one column. */
  column: string | null;
  code: ImportProblemCode;
  /** In words an official understands, naming the text found and what to do. */
  message: string;
}

/** SDMX-CSV 2.0 ACTION: M merge (the default), R replace, D delete. */
export type ImportAction = 'M' | 'R' | 'D';

/**
 * What a label may stand for. The API's editable table (LabelMappingDto) covers the dimensions and
 * OBS_STATUS; the importer also understands column labels for units, unit multiplier, series, comments,
 * sources and the area a row is about, and value labels for units, multipliers and series.
 */
export type LabelConcept =
  LabelMappingDimension | 'UNIT_MEASURE' | 'UNIT_MULT' | 'SERIES' | 'COMMENT' | 'SOURCE' | 'REF_AREA';

/**
 * One row of the label-mapping table: a `column` label names a concept (`Gender` → SEX, code null);
 * a `value` label names a code of a concept (`Boys` → SEX `M`; `Percentage (%)` → UNIT_MEASURE `PT`;
 * a series text → SERIES with an SDG series code or one of our indicator codes).
 * Labels match without regard to case and surrounding or repeated spaces.
 * Same shape as LabelMappingDto, so the API can pass its table rows as they are.
 */
export interface LabelMapping {
  kind: LabelMappingKind;
  label: string;
  dimension: LabelConcept;
  code: string | null;
}

/** What the importer needs to know about an indicator of the framework. */
export interface ExchangeIndicator extends IndicatorRules {
  /** SDG indicator codes it measures, e.g. `4.3.1` (from framework nodes `SDG.4.3.1`). */
  sdgIndicatorCodes: readonly string[];
  sdgSeriesCode: string | null;
}

/** The city a file is imported into. Files name areas in several ways; all of these identify it. */
export interface TargetCity {
  slug: string;
  name: string;
  countryIso3: string;
  /** Further codes the city goes by in files, e.g. a national statistics code such as `E06000023`. */
  areaCodes?: readonly string[];
}

export interface ExchangeContext {
  indicators: readonly ExchangeIndicator[];
  dimensionCodes: DimensionCodeLists;
  labelMappings: readonly LabelMapping[];
  city: TargetCity;
  /** Original file name: Open SDG files name their indicator, e.g. `indicator_4-3-1.csv`. */
  fileName?: string;
  /** Indicator chosen by the user for a file that does not name one unambiguously (Open SDG only). */
  indicatorCode?: string;
  /** Year for template rows whose year cell is blank (ImportUploadFields.defaultYear). */
  defaultYear?: number;
}

/** A data row mapped to one observation of the target city, validated with the rules of form entry. */
export interface CandidateObservation {
  row: number;
  indicatorCode: string;
  year: number;
  /** The period as written when it was not a plain year (`2018/2019`, `2010 to 2011`); null otherwise. */
  timeDetail: string | null;
  /** Disaggregation codes, `_T` for total. */
  sex: string;
  age: string;
  urbanisation: string;
  disabilityStatus: string;
  /** Null when missing (status M) and for deletions. */
  value: number | null;
  status: ObservationStatus;
  /** The indicator's unit code (a unit in the file must agree with it). */
  unit: string;
  source: string | null;
  comment: string | null;
  /** M unless an SDMX-CSV 2.0 ACTION says otherwise. */
  action: ImportAction;
}

interface MappedRowBase {
  row: number;
  /**
   * Identity of the row for finding conflicts: for an observation its indicator, year and
   * disaggregation; for a rejected row the file's own key (year and every non-value cell that is not an
   * attribute). Rows with equal keys and different `conflictValue` are a conflict.
   */
  conflictKey: string;
  /** Value and status as compared between rows of equal key. */
  conflictValue: string;
}

export type MappedRow =
  | (MappedRowBase & { kind: 'observation'; observation: CandidateObservation })
  | (MappedRowBase & { kind: 'rejected'; problems: ImportProblem[] })
  /** A template row left blank (no value, no status): not reported yet, neither accepted nor refused. */
  | (MappedRowBase & { kind: 'empty' });

export interface RowMapper {
  readonly format: RecordFormat;
  /** The header as read (trimmed). */
  readonly header: readonly string[];
  map(record: CsvRecord): MappedRow;
}

export type RowMapperResult = { ok: true; mapper: RowMapper } | { ok: false; problems: ImportProblem[] };

export type FormatDetection = { ok: true; format: RecordFormat } | { ok: false; problem: ImportProblem };

/** Rows of a file with the same key and different values: none of them may be written. */
export interface RowConflict {
  conflictKey: string;
  /** In file order. */
  rows: { row: number; value: string }[];
  /** Set when the rows mapped to observations. */
  indicatorCode: string | null;
  year: number | null;
  disaggregation: Record<DimensionCode, string> | null;
}

/** Outcome of parsing and mapping a whole text at once (small files, tests, previews). */
export interface ParsedImport {
  format: RecordFormat | null;
  /** Data rows read (header and empty lines excluded). */
  rows: number;
  observations: CandidateObservation[];
  /** Rows refused, each with its problems; plus file problems with row null. */
  problems: ImportProblem[];
  /** Template rows left blank. */
  emptyRows: number[];
  conflicts: RowConflict[];
}
