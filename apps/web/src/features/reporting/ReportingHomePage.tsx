import {
  apiRoutes,
  type CityDetail,
  type IndicatorDto,
  type ReportingCycleDto,
  type SubmissionDetail,
} from '@lcm/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useFormat } from '../../i18n/use-format';
import { useCurrentUser } from '../auth/use-session';
import { awaitsCityAnswer, currentReportingYear, missingIndicatorCount, todayIso } from './reporting-status';
import { StatusBadge } from './StatusBadge';
import './reporting.css';

/** `/reporting`: "My city", the official's start page with each assigned city's report of this cycle. */
export function ReportingHomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reporting.title'));
  const user = useCurrentUser();
  const cycles = useApi<ReportingCycleDto[]>(apiRoutes.cycles());
  const indicators = useApi<IndicatorDto[]>(apiRoutes.indicators());
  // Without cycles (none set, or not readable) the year after which values are reported still applies.
  const year = cycles.loading ? null : currentReportingYear(cycles.data ?? [], todayIso());
  const cities = user?.cities ?? [];

  return (
    <div className="page reporting-home">
      <h1>{t('reporting.title')}</h1>
      {year !== null && <p className="lead">{t('reporting.intro', { year })}</p>}
      {indicators.error && <ErrorMessage error={indicators.error} onRetry={indicators.reload} />}
      {(year === null || !indicators.data) && !indicators.error && <LoadingIndicator />}
      {cities.length === 0 && <p className="empty">{t('reporting.noCities')}</p>}
      {year !== null && indicators.data && (
        <ul className="city-cards">
          {cities.map((slug) => (
            <CityCard key={slug} slug={slug} year={year} indicators={indicators.data!} />
          ))}
        </ul>
      )}
    </div>
  );
}

function CityCard({ slug, year, indicators }: { slug: string; year: number; indicators: IndicatorDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const city = useApi<CityDetail>(apiRoutes.city(slug));
  const submission = useApi<SubmissionDetail>(apiRoutes.citySubmission(slug, year));
  const error = city.error ?? submission.error;
  const detail = submission.data;
  const open = detail ? detail.comments.filter(awaitsCityAnswer).length : 0;

  return (
    <li className="city-card" data-testid="city-card">
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('reporting.cardTitle', { city: city.data?.name ?? slug, year })}</h2>
        {error && <ErrorMessage error={error} onRetry={submission.reload} />}
        {!error && !detail && <LoadingIndicator />}
        {detail && (
          <>
            <dl className="facts facts--compact">
              <div>
                <dt>{t('reporting.status')}</dt>
                <dd>
                  <StatusBadge status={detail.status} />
                </dd>
              </div>
              <div>
                <dt>{t('reporting.deadlineLabel')}</dt>
                <dd>{detail.deadline ? format.date(detail.deadline) : t('reporting.noDeadline')}</dd>
              </div>
              <div>
                <dt>{t('reporting.missing')}</dt>
                <dd data-testid="missing-count">
                  {t('reporting.missingValue', {
                    count: missingIndicatorCount(indicators, detail.observations),
                    total: indicators.length,
                  })}
                </dd>
              </div>
              <div>
                <dt>{t('reporting.commentsToAnswer')}</dt>
                <dd data-testid="open-comments">{format.number(open)}</dd>
              </div>
            </dl>
            <p>
              <Link
                className="button"
                to={`/reporting/${encodeURIComponent(slug)}/${year}`}
                data-testid="open-entry"
              >
                {detail.allowedTransitions.includes('submitted') || detail.status === 'not_started'
                  ? t('reporting.enterValues')
                  : t('reporting.viewValues')}
              </Link>
            </p>
          </>
        )}
      </section>
    </li>
  );
}
