/**
 * The dry-run report as tables: which parts there are, what to ask the API for a filter, and the
 * rows to show. Free of React and i18n: words come from the caller.
 */
import {
  apiRoutes,
  withQuery,
  type Disaggregation,
  type ImportChangeKind,
  type ImportJobDto,
  type ImportJobStatus,
  type ImportReportKind,
  type ImportReportPage,
  type ObservationStatus,
} from '@lcm/contracts';

export const REPORT_PAGE_SIZE = 100;

export interface ReportFilter {
  kind: ImportReportKind;
  page: number;
  /** Indicator code, or '' for all. */
  indicator: string;
  /** Year as typed, or '' for all. */
  year: string;
  /** For accepted rows and changes: one kind of change, or '' for the default. */
  change: ImportChangeKind | '';
}

export const INITIAL_FILTER: ReportFilter = {
  kind: 'accepted',
  page: 1,
  indicator: '',
  year: '',
  change: '',
};

export interface ReportTab {
  kind: ImportReportKind;
  count: number;
}

/** The report's parts with their counts; `changes` counts what the commit would actually alter. */
export function reportTabs(job: ImportJobDto): ReportTab[] {
  const { accepted, rejected, conflicting, new: added, changed, deleted } = job.counts;
  return [
    { kind: 'accepted', count: accepted },
    { kind: 'rejected', count: rejected },
    { kind: 'conflicts', count: conflicting },
    { kind: 'changes', count: added + changed + deleted },
  ];
}

/** The first part worth reading: problems before the accepted rows. */
export function firstTab(job: ImportJobDto): ImportReportKind {
  if (job.counts.rejected > 0) return 'rejected';
  if (job.counts.conflicting > 0) return 'conflicts';
  return 'accepted';
}

/** The API path of one page of the report under a filter; a year that is not a whole number is left out. */
export function reportPath(jobId: string, filter: ReportFilter): string {
  const year = /^\d{4}$/.test(filter.year.trim()) ? Number(filter.year.trim()) : undefined;
  const changeApplies = filter.kind === 'accepted' || filter.kind === 'changes';
  return withQuery(apiRoutes.importReport(jobId), {
    kind: filter.kind,
    page: filter.page,
    pageSize: REPORT_PAGE_SIZE,
    indicator: filter.indicator || undefined,
    year,
    change: changeApplies && filter.change ? filter.change : undefined,
  });
}

/** A changed filter starts at page 1 again; paging keeps the rest of the filter. */
export function updateFilter(filter: ReportFilter, change: Partial<ReportFilter>): ReportFilter {
  const pageOnly = Object.keys(change).every((key) => key === 'page');
  return { ...filter, ...change, page: pageOnly ? (change.page ?? filter.page) : 1 };
}

export function pageCount(page: ImportReportPage): number {
  return Math.max(1, Math.ceil(page.total / page.pageSize));
}

export type ReportColumn =
  | 'row'
  | 'indicator'
  | 'year'
  | 'disaggregation'
  | 'value'
  | 'status'
  | 'stored'
  | 'change'
  | 'column'
  | 'reason'
  | 'rows';

export const REPORT_COLUMNS: Record<ImportReportKind, readonly ReportColumn[]> = {
  accepted: ['row', 'indicator', 'year', 'disaggregation', 'value', 'status', 'change'],
  changes: ['row', 'indicator', 'year', 'disaggregation', 'stored', 'value', 'change'],
  rejected: ['row', 'column', 'reason'],
  conflicts: ['indicator', 'year', 'disaggregation', 'rows'],
};

/** How the caller words what this model cannot: numbers, breakdowns, statuses and changes. */
export interface ReportWords {
  number(value: number): string;
  disaggregation(disaggregation: Disaggregation): string;
  status(status: ObservationStatus): string;
  change(change: ImportChangeKind): string;
  /** Shown for a missing value (status M). */
  missing: string;
  /** Shown where a cell has nothing, e.g. a rejection not tied to a column. */
  none: string;
  /** One clashing row of a conflict with its value as the server shows it, e.g. `row 14: 20.1`. */
  conflictRow(row: number, value: string): string;
}

export interface ReportTableRow {
  key: string;
  cells: Record<ReportColumn, string>;
}

const EMPTY_CELLS: Record<ReportColumn, string> = {
  row: '',
  indicator: '',
  year: '',
  disaggregation: '',
  value: '',
  status: '',
  stored: '',
  change: '',
  column: '',
  reason: '',
  rows: '',
};

/** The rows of one report page, every cell as text in the caller's words. */
export function reportRows(page: ImportReportPage, words: ReportWords): ReportTableRow[] {
  const valueText = (value: number | null) => (value === null ? words.missing : words.number(value));
  switch (page.kind) {
    case 'accepted':
    case 'changes':
      return page.items.map((item) => ({
        key: `${item.row}`,
        cells: {
          ...EMPTY_CELLS,
          row: String(item.row),
          indicator: item.indicator,
          year: item.timeDetail ? `${item.year} (${item.timeDetail})` : String(item.year),
          disaggregation: words.disaggregation(item.disaggregation),
          value: item.change === 'deleted' ? words.none : valueText(item.value),
          status: words.status(item.status),
          stored: item.storedStatus === null ? words.none : valueText(item.storedValue),
          change: words.change(item.change),
        },
      }));
    case 'rejected':
      return page.items.map((item, index) => ({
        key: `${item.row}-${index}`,
        cells: {
          ...EMPTY_CELLS,
          row: String(item.row),
          column: item.column ?? words.none,
          reason: item.reason,
        },
      }));
    case 'conflicts':
      return page.items.map((item) => {
        const disaggregation = item.disaggregation ? words.disaggregation(item.disaggregation) : words.none;
        return {
          key: `${item.indicator}-${item.year}-${disaggregation}-${item.rows[0]?.row}`,
          cells: {
            ...EMPTY_CELLS,
            indicator: item.indicator ?? words.none,
            year: item.year === null ? words.none : String(item.year),
            disaggregation,
            rows: item.rows.map((r) => words.conflictRow(r.row, r.value)).join('; '),
          },
        };
      });
  }
}

/** How the caller words the stored values a commit would overwrite or delete. */
export interface CommitWarningWords {
  replaces(count: number): string;
  deletes(count: number): string;
}

/**
 * What saving does besides adding values: changed values overwrite stored ones and SDMX "D" rows
 * delete them. '' when it only adds, so the confirm button needs no warning.
 */
export function commitWarning(job: ImportJobDto, words: CommitWarningWords): string {
  const { changed, deleted } = job.counts;
  return [changed > 0 ? words.replaces(changed) : '', deleted > 0 ? words.deletes(deleted) : '']
    .filter(Boolean)
    .join(' ');
}

/** Statuses after which the job changes no more on its own: polling stops. */
const SETTLED: readonly ImportJobStatus[] = ['ready', 'committed', 'failed', 'cancelled'];

export function isSettled(status: ImportJobStatus): boolean {
  return SETTLED.includes(status);
}

/** Share of the file the server has checked, 0–1; null before the server knows the size. */
export function dryRunShare(job: ImportJobDto): number | null {
  if (job.status === 'ready' || job.status === 'committing' || job.status === 'committed') return 1;
  const { bytesProcessed, bytesTotal } = job.progress;
  if (bytesTotal <= 0) return null;
  return Math.min(1, bytesProcessed / bytesTotal);
}

/** Whole percent for a progress bar's text; never shows 100 before the work is done. */
export function percent(share: number, done: boolean): number {
  const whole = Math.floor(share * 100);
  return done ? 100 : Math.min(whole, 99);
}
