import type { AnalyticsIndicator, CityReportResponse, ReportIndicator, ReportValue } from '@lcm/contracts';
import { summariseIndicatorProgress } from '@lcm/domain';
import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { PROGRESS_STATUS_ARROWS } from '../../shared/charts/progress-style';
import { useProgressWords } from '../../shared/charts/use-progress-words';
import { DirectionText } from '../../shared/ui/DirectionText';
import { NotAvailable } from '../../shared/ui/NotAvailable';
import { indicatorsByArea, indicatorSummaryInput } from './report-model';
import { UnapprovedTag } from './UnapprovedTag';
import { useSummaryLanguage } from '../../shared/charts/use-summary-language';

/** Every indicator by Key Features area: first and latest values with their years, status toward 2030 as arrow and words. */
export function ProgressList({ report }: { report: CityReportResponse }) {
  const { t } = useTranslation();
  const headingId = useId();
  const columns = [
    t('report.progressIndicator'),
    t('report.progressFirst'),
    t('report.progressLatest'),
    t('report.progressStatus'),
    t('report.progressPeers'),
  ];
  return (
    <section className="report-section report-section--progress" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('report.progressHeading')}</h2>
      <p className="report-section__intro">{t('report.progressIntro', { year: report.year })}</p>
      <div
        className="table-scroll"
        role="region"
        aria-label={t('report.progressCaption', { city: report.city.name })}
        tabIndex={0}
      >
        <table className="data-table report-progress" data-testid="report-progress">
          <caption className="visually-hidden">
            {t('report.progressCaption', { city: report.city.name })}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          {indicatorsByArea(report).map((group) => (
            <tbody key={group.code ?? 'other'}>
              <tr className="report-progress__area">
                <th scope="colgroup" colSpan={columns.length}>
                  {group.code ? `${group.code} ${group.name}` : t('report.progressOther')}
                </th>
              </tr>
              {group.rows.map((row) => (
                <IndicatorRow key={row.indicator.code} row={row} />
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}

function IndicatorRow({ row }: { row: ReportIndicator }) {
  const { t } = useTranslation();
  const words = useProgressWords();
  const language = useSummaryLanguage();
  const { progress, peers } = row;
  return (
    <tr data-testid="report-indicator">
      <th scope="row">
        <span className="report-progress__name">{row.indicator.name}</span>{' '}
        <span className="report-unit">({row.indicator.unitLabel})</span>
        <span className="report-progress__direction">
          <DirectionText direction={row.indicator.direction} />
        </span>
        <span className="report-summary report-progress__summary">
          {summariseIndicatorProgress(indicatorSummaryInput(row), language)}
        </span>
      </th>
      <td>
        <DatedValue value={row.first} indicator={row.indicator} />
      </td>
      <td>
        <DatedValue value={row.latest} indicator={row.indicator} />
      </td>
      <td className={`report-status report-status--${progress.status}`} data-status={progress.status}>
        <span className="report-status__arrow" aria-hidden="true">
          {PROGRESS_STATUS_ARROWS[progress.status]}
        </span>{' '}
        {words.status(progress)}
      </td>
      <td>
        {peers?.standing ? (
          t('report.rankOf', { rank: peers.standing.rank, total: peers.standing.of })
        ) : (
          <NotAvailable />
        )}
      </td>
    </tr>
  );
}

/** "86.0 (2022)", marked estimated, provisional or not approved where it is. */
function DatedValue({ value, indicator }: { value: ReportValue | null; indicator: AnalyticsIndicator }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!value) return <NotAvailable />;
  return (
    <>
      {format.number(value.value, indicator.decimals)}{' '}
      <span className="report-year">{t('common.yearInBrackets', { year: value.year })}</span>
      {(value.status === 'E' || value.status === 'P') && (
        <Fragment>
          {' '}
          <abbr className="report-flag" title={t(`status.${value.status}`)}>
            {value.status}
          </abbr>
        </Fragment>
      )}
      {!value.approved && <UnapprovedTag />}
    </>
  );
}
