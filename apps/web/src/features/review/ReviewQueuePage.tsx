import { apiRoutes, withQuery, type CycleConsoleResponse, type ReportingCycleDto } from '@lcm/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LiveAnnouncer } from '../../shared/ui/LiveAnnouncer';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useFormat } from '../../i18n/use-format';
import { currentReportingYear, todayIso } from '../reporting/reporting-status';
import { PendingCityTargets } from './PendingCityTargets';
import { queueOrder } from './review-rows';
import '../reporting/reporting.css';

/**
 * `/review`: submitted reports of a reporting year waiting for review, the longest waiting first; then
 * the cities' proposed targets awaiting a decision, across the network.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('review.queueTitle'));
  const yearId = useId();
  const [params, setParams] = useSearchParams();
  const cycles = useApi<ReportingCycleDto[]>(apiRoutes.cycles());
  const defaultYear = cycles.loading ? null : currentReportingYear(cycles.data ?? [], todayIso());
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked > 0 ? asked : defaultYear;
  const queue = useApi<CycleConsoleResponse>(
    year === null ? null : withQuery(apiRoutes.cycleConsole(year), { status: 'submitted' }),
  );
  const years = [...new Set([...(cycles.data ?? []).map((c) => c.year), ...(year ? [year] : [])])].sort(
    (a, b) => b - a,
  );
  const rows = queue.data ? queueOrder(queue.data.rows) : [];
  const count = queue.data ? t('review.queueCount', { count: rows.length, year }) : '';

  return (
    <div className="page review-queue">
      <h1>{t('review.queueTitle')}</h1>
      <p className="lead">{t('review.queueIntro')}</p>
      {year !== null && (
        <div className="toolbar">
          <div className="field">
            <label htmlFor={yearId}>{t('review.year')}</label>
            <select
              id={yearId}
              value={year}
              onChange={(e) => setParams({ year: e.target.value }, { replace: true })}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {/* The count is replaced while a year loads: a region that stays in the page announces it. */}
      <LiveAnnouncer message={count} testId="queue-announcement" />
      {queue.error && <ErrorMessage error={queue.error} onRetry={queue.reload} />}
      {!queue.error && !queue.data && <LoadingIndicator />}
      {queue.data && (
        <>
          <p className="result-count" data-testid="queue-count">
            {count}
          </p>
          {rows.length === 0 ? (
            <p className="empty">{t('review.queueEmpty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="review-queue">
                <caption className="visually-hidden">{t('review.queueCaption', { year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('review.city')}</th>
                    <th scope="col">{t('regions.label')}</th>
                    <th scope="col">{t('review.submittedOn')}</th>
                    <th scope="col" className="numeric">
                      {t('review.missingIndicators')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.city}>
                      <th scope="row">
                        <Link to={`/review/${encodeURIComponent(row.city)}/${year}`}>{row.name}</Link>
                      </th>
                      <td>{t(`regions.${row.region}`)}</td>
                      <td>{row.updatedAt ? format.date(row.updatedAt) : t('common.notAvailable')}</td>
                      <td className="numeric">{format.number(row.missingIndicators)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {year !== null && <PendingCityTargets year={year} />}
    </div>
  );
}
