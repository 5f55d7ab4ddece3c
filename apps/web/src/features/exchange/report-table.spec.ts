import type { ImportJobDto, ImportReportPage } from '@lcm/contracts';
import {
  commitWarning,
  dryRunShare,
  firstTab,
  INITIAL_FILTER,
  isSettled,
  pageCount,
  percent,
  reportPath,
  reportRows,
  reportTabs,
  updateFilter,
  type ReportWords,
} from './report-table';

function job(overrides: Partial<ImportJobDto> = {}): ImportJobDto {
  return {
    id: 'job-1',
    city: 'bristol',
    cityName: 'Bristol',
    fileName: 'indicator_4-3-1.csv',
    fileHash: 'ab',
    format: 'open-sdg-csv',
    status: 'ready',
    defaultYear: null,
    indicator: null,
    indicatorChoiceNeeded: false,
    progress: { rowsProcessed: 16, bytesProcessed: 150, bytesTotal: 150 },
    counts: {
      rows: 16,
      accepted: 11,
      rejected: 5,
      conflicting: 0,
      new: 9,
      changed: 1,
      unchanged: 1,
      deleted: 0,
    },
    years: [2004, 2014],
    problem: null,
    canCommit: true,
    createdBy: 'official.bristol@demo.local',
    createdAt: '2026-11-24T10:00:00Z',
    dryRunFinishedAt: '2026-11-24T10:00:01Z',
    committedAt: null,
    ...overrides,
  };
}

const words: ReportWords = {
  number: (value) => value.toFixed(1),
  disaggregation: (d) =>
    Object.entries(d)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ') || 'Total',
  status: (status) => `status ${status}`,
  change: (change) => `change ${change}`,
  missing: 'missing',
  none: '—',
  conflictRow: (row, value) => `row ${row}: ${value}`,
};

describe('dry-run report table', () => {
  it('counts each part; changes are what the commit would alter, not unchanged rows', () => {
    expect(reportTabs(job())).toEqual([
      { kind: 'accepted', count: 11 },
      { kind: 'rejected', count: 5 },
      { kind: 'conflicts', count: 0 },
      { kind: 'changes', count: 10 },
    ]);
  });

  it('opens on the problems first', () => {
    expect(firstTab(job())).toBe('rejected');
    const clean = job({ counts: { ...job().counts, rejected: 0, conflicting: 2 } });
    expect(firstTab(clean)).toBe('conflicts');
    expect(firstTab(job({ counts: { ...clean.counts, conflicting: 0 } }))).toBe('accepted');
  });

  it('asks the API for one page under the filter and leaves out what does not apply', () => {
    const filter = updateFilter(INITIAL_FILTER, {
      kind: 'rejected',
      indicator: 'SDG_4_3_1',
      year: ' 2010 ',
      change: 'new',
    });
    expect(reportPath('job-1', filter)).toBe(
      '/api/imports/job-1/report?kind=rejected&page=1&pageSize=100&indicator=SDG_4_3_1&year=2010',
    );
    const changes = updateFilter(filter, { kind: 'changes', year: '20x0' });
    expect(reportPath('job-1', changes)).toBe(
      '/api/imports/job-1/report?kind=changes&page=1&pageSize=100&indicator=SDG_4_3_1&change=new',
    );
  });

  it('goes back to page 1 when the filter changes, but not when paging', () => {
    const paged = updateFilter(INITIAL_FILTER, { page: 3 });
    expect(paged.page).toBe(3);
    expect(updateFilter(paged, { indicator: 'SDG_4_3_1' }).page).toBe(1);
  });

  it('shows accepted rows with the stored value they replace and the original period', () => {
    const page: ImportReportPage = {
      kind: 'changes',
      page: 1,
      pageSize: 100,
      total: 2,
      items: [
        {
          row: 3,
          indicator: 'SDG_4_6_1_LIT',
          year: 2018,
          timeDetail: '2018/2019',
          disaggregation: { SEX: 'M' },
          value: 55.6,
          status: 'A',
          source: null,
          comment: null,
          change: 'changed',
          storedValue: 50,
          storedStatus: 'E',
        },
        {
          row: 4,
          indicator: 'SDG_4_3_1',
          year: 2010,
          timeDetail: null,
          disaggregation: {},
          value: null,
          status: 'M',
          source: null,
          comment: null,
          change: 'new',
          storedValue: null,
          storedStatus: null,
        },
      ],
    };
    const rows = reportRows(page, words);
    expect(rows.map((r) => r.cells)).toEqual([
      expect.objectContaining({
        row: '3',
        year: '2018 (2018/2019)',
        disaggregation: 'SEX=M',
        stored: '50.0',
        value: '55.6',
        change: 'change changed',
      }),
      expect.objectContaining({
        row: '4',
        year: '2010',
        disaggregation: 'Total',
        stored: '—',
        value: 'missing',
      }),
    ]);
    expect(pageCount(page)).toBe(1);
  });

  it('names the row, column and reason of every rejection, several per row allowed', () => {
    const page: ImportReportPage = {
      kind: 'rejected',
      page: 1,
      pageSize: 100,
      total: 2,
      stored: 2,
      items: [
        { row: 7, column: 'Year', reason: 'Quarters are not accepted for yearly indicators' },
        { row: 7, column: null, reason: 'The 2015 report is approved and locked' },
      ],
    };
    expect(reportRows(page, words).map((r) => [r.key, r.cells.row, r.cells.column, r.cells.reason])).toEqual([
      ['7-0', '7', 'Year', 'Quarters are not accepted for yearly indicators'],
      ['7-1', '7', '—', 'The 2015 report is approved and locked'],
    ]);
  });

  it('lists the clashing rows of a conflict', () => {
    const page: ImportReportPage = {
      kind: 'conflicts',
      page: 2,
      pageSize: 100,
      total: 250,
      items: [
        {
          indicator: 'SDG_4_3_1',
          year: 2016,
          disaggregation: { SEX: 'F' },
          rows: [
            { row: 12, value: '20.1' },
            { row: 40, value: '21 (E)' },
          ],
        },
        {
          indicator: null,
          year: null,
          disaggregation: null,
          rows: [
            { row: 50, value: '3' },
            { row: 51, value: '4' },
          ],
        },
      ],
    };
    const rows = reportRows(page, words);
    expect(rows[0]?.cells).toMatchObject({ disaggregation: 'SEX=F', rows: 'row 12: 20.1; row 40: 21 (E)' });
    expect(rows[1]?.cells).toMatchObject({ indicator: '—', year: '—', rows: 'row 50: 3; row 51: 4' });
    expect(pageCount(page)).toBe(3);
  });

  it('reports dry-run progress from the server and stops polling once settled', () => {
    const running = job({
      status: 'dry-running',
      progress: { rowsProcessed: 10, bytesProcessed: 500, bytesTotal: 2000 },
    });
    expect(dryRunShare(running)).toBe(0.25);
    expect(
      dryRunShare(
        job({ status: 'queued', progress: { rowsProcessed: 0, bytesProcessed: 0, bytesTotal: 0 } }),
      ),
    ).toBeNull();
    expect(dryRunShare(job())).toBe(1);
    expect(isSettled('dry-running')).toBe(false);
    expect(isSettled('ready')).toBe(true);
    expect(percent(0.999, false)).toBe(99);
    expect(percent(1, true)).toBe(100);
  });

  it('warns before saving that stored values are replaced or deleted, and only then', () => {
    const warningWords = {
      replaces: (count: number) => `Replaces ${count}.`,
      deletes: (count: number) => `Deletes ${count}.`,
    };
    const counts = job().counts;
    expect(commitWarning(job(), warningWords)).toBe('Replaces 1.');
    expect(commitWarning(job({ counts: { ...counts, changed: 3, deleted: 2 } }), warningWords)).toBe(
      'Replaces 3. Deletes 2.',
    );
    expect(commitWarning(job({ counts: { ...counts, changed: 0, deleted: 4 } }), warningWords)).toBe(
      'Deletes 4.',
    );
    expect(commitWarning(job({ counts: { ...counts, changed: 0 } }), warningWords)).toBe('');
  });
});
