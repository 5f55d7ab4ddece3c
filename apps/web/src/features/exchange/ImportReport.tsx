import {
  DIMENSION_CODES,
  IMPORT_CHANGE_KINDS,
  type DimensionDto,
  type ImportChangeKind,
  type ImportJobDto,
  type ImportReportPage,
} from '@lcm/contracts';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LiveAnnouncer } from '../../shared/ui/LiveAnnouncer';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDebouncedValue } from '../../shared/ui/use-debounced-value';
import { useDimensionLookup } from '../city/use-dimension-lookup';
import {
  firstTab,
  pageCount,
  REPORT_COLUMNS,
  reportPath,
  reportRows,
  reportTabs,
  updateFilter,
  INITIAL_FILTER,
  type ReportFilter,
  type ReportWords,
} from './report-table';

/** How long typing in the indicator or year filter pauses before the report is asked again. */
const TYPING_MS = 250;

/** The dry-run report: counts, then one part at a time as a table filtered by indicator, year and change. */
export function ImportReport({
  job,
  dimensions,
}: {
  job: ImportJobDto;
  dimensions: readonly DimensionDto[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const lookup = useDimensionLookup(dimensions);
  const [filter, setFilter] = useState<ReportFilter>(() => ({ ...INITIAL_FILTER, kind: firstTab(job) }));
  const typedIndicator = useDebouncedValue(filter.indicator, TYPING_MS);
  const typedYear = useDebouncedValue(filter.year, TYPING_MS);
  const page = useApi<ImportReportPage>(
    reportPath(job.id, { ...filter, indicator: typedIndicator, year: typedYear }),
  );
  const shown = page.data ?? page.latestData;
  const ids = { indicator: useId(), year: useId(), change: useId(), caption: useId() };

  const words: ReportWords = useMemo(
    () => ({
      number: (value) => format.number(value),
      disaggregation: (d) =>
        DIMENSION_CODES.filter((dimension) => d[dimension])
          .map((dimension) => lookup.label(dimension, d[dimension]!))
          .join(' · ') || t('exchange.report.total'),
      status: (status) => t(`status.${status}`),
      change: (change) => t(`exchange.report.change.${change}`),
      missing: t('exchange.report.missing'),
      none: '—',
      conflictRow: (row, value) => t('exchange.report.conflictRow', { row, value }),
    }),
    [format, lookup, t],
  );
  const rows = shown ? reportRows(shown, words) : [];
  const columns = REPORT_COLUMNS[filter.kind];
  const changeApplies = filter.kind === 'accepted' || filter.kind === 'changes';
  const caption = (part: ImportReportPage) =>
    t('exchange.report.caption', {
      part: t(`exchange.report.kindName.${part.kind}`),
      total: format.number(part.total),
    });

  return (
    <section className="import-report" aria-labelledby={ids.caption} data-testid="import-report">
      <h2 id={ids.caption}>{t('exchange.report.title')}</h2>
      <dl className="facts facts--compact" data-testid="import-counts">
        <div>
          <dt>{t('exchange.report.rows')}</dt>
          <dd data-testid="count-rows">{format.number(job.counts.rows)}</dd>
        </div>
        {(['new', 'changed', 'unchanged', 'deleted'] as const).map((kind) => (
          <div key={kind}>
            <dt>{t(`exchange.report.change.${kind}`)}</dt>
            <dd data-testid={`count-${kind}`}>{format.number(job.counts[kind])}</dd>
          </div>
        ))}
      </dl>

      <div className="report-tabs" role="group" aria-label={t('exchange.report.parts')}>
        {reportTabs(job).map((tab) => (
          <button
            key={tab.kind}
            type="button"
            className="report-tabs__button"
            aria-pressed={filter.kind === tab.kind}
            onClick={() => setFilter(updateFilter(filter, { kind: tab.kind }))}
            data-testid={`report-tab-${tab.kind}`}
          >
            {t(`exchange.report.kind.${tab.kind}`, { count: tab.count, formatted: format.number(tab.count) })}
          </button>
        ))}
      </div>

      <div className="report-filters">
        <div className="field">
          <label htmlFor={ids.indicator}>{t('exchange.report.filterIndicator')}</label>
          <input
            id={ids.indicator}
            className="input"
            value={filter.indicator}
            onChange={(e) =>
              setFilter(updateFilter(filter, { indicator: e.target.value.trim().toUpperCase() }))
            }
            placeholder="SDG_4_3_1"
          />
        </div>
        <div className="field">
          <label htmlFor={ids.year}>{t('exchange.report.filterYear')}</label>
          <input
            id={ids.year}
            className="input"
            inputMode="numeric"
            value={filter.year}
            onChange={(e) => setFilter(updateFilter(filter, { year: e.target.value }))}
          />
        </div>
        {changeApplies && (
          <div className="field">
            <label htmlFor={ids.change}>{t('exchange.report.filterChange')}</label>
            <select
              id={ids.change}
              value={filter.change}
              onChange={(e) =>
                setFilter(
                  updateFilter(filter, {
                    change: IMPORT_CHANGE_KINDS.find((c) => c === e.target.value) ?? '',
                  }),
                )
              }
            >
              <option value="">{t('exchange.report.allChanges')}</option>
              {IMPORT_CHANGE_KINDS.map((change: ImportChangeKind) => (
                <option key={change} value={change}>
                  {t(`exchange.report.change.${change}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>

      {page.error && <ErrorMessage error={page.error} onRetry={page.reload} />}
      {!shown && !page.error && <LoadingIndicator />}
      {shown && (
        <div className="table-scroll" aria-busy={page.loading}>
          <table className="data-table" data-testid="report-table">
            <caption className="data-table__title">{caption(shown)}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {t(`exchange.report.column.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  {columns.map((column) => (
                    <td
                      key={column}
                      className={column === 'value' || column === 'stored' ? 'numeric' : undefined}
                    >
                      {row.cells[column]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="empty">{t('exchange.report.empty')}</p>}
          {shown.kind === 'rejected' && shown.stored < shown.total && (
            <p className="field__hint">
              {t('exchange.report.capped', { stored: format.number(shown.stored) })}
            </p>
          )}
        </div>
      )}
      {shown && pageCount(shown) > 1 && (
        <p className="actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={filter.page <= 1}
            onClick={() => setFilter(updateFilter(filter, { page: filter.page - 1 }))}
          >
            {t('exchange.report.previous')}
          </button>
          <span>{t('exchange.report.page', { page: filter.page, pages: pageCount(shown) })}</span>
          <button
            type="button"
            className="button button--secondary"
            disabled={filter.page >= pageCount(shown)}
            onClick={() => setFilter(updateFilter(filter, { page: filter.page + 1 }))}
          >
            {t('exchange.report.next')}
          </button>
        </p>
      )}
      <LiveAnnouncer message={page.data ? caption(page.data) : ''} testId="import-report-announcement" />
    </section>
  );
}
