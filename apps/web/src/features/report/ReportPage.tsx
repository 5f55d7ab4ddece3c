import {
  apiRoutes,
  nearestYearWithData,
  withQuery,
  type CityReportResponse,
  type CityReportYearsResponse,
} from '@lcm/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { useSession } from '../auth/use-session';
import { CityNotFound } from '../city/CityNotFound';
import { useApi } from '../../shared/api/use-api';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { ReportView } from './ReportView';
import { canReadInsider, parseReportYear, reportPath } from './report-model';
import './report.css';

/**
 * The state the page is in, on its root as `data-report-state`: the PDF renderer prints once it is
 * `ready` (data shown and charts drawn) and gives up when it is `failed`.
 */
type ReportState = 'loading' | 'ready' | 'failed';

/**
 * `/cities/:slug/report/:year`: the mayor's progress report. Visitors read the public version
 * (approved values only); the city's people and network staff read the insider version, which adds
 * values not yet approved, unless the address asks for the public view (`?view=public`).
 */
export function ReportPage() {
  const { t } = useTranslation();
  const { slug = '', year: rawYear } = useParams();
  const [searchParams] = useSearchParams();
  const session = useSession();
  const year = parseReportYear(rawYear);
  const user = session.status === 'signed-in' ? session.user : null;
  const insider = searchParams.get('view') !== 'public' && canReadInsider(user, slug);
  // Wait until the session is known, so that an insider does not first get the public version.
  const path =
    year === null || session.status === 'unknown'
      ? null
      : withQuery(apiRoutes.cityReport(slug, year), { preview: insider || undefined });
  const report = useApi<CityReportResponse>(path);
  const drawn = useDrawnAfter(report.data);
  const noDataForYear = report.error?.isNotFound && report.error.body?.errors?.[0]?.field === 'year';
  useDocumentTitle(
    report.data
      ? t('report.documentTitle', { city: report.data.city.name, year: report.data.year })
      : t('report.title'),
  );

  const state: ReportState =
    year === null || (report.error && !noDataForYear) ? 'failed' : report.data && drawn ? 'ready' : 'loading';

  return (
    <div className="page report-page" data-report-state={state} data-testid="report-page">
      <nav aria-label={t('city.breadcrumb')} className="breadcrumb report-print-hide">
        <Link to={`/cities/${encodeURIComponent(slug)}`}>
          <span aria-hidden="true">← </span>
          {report.data ? t('report.backToCity', { city: report.data.city.name }) : t('report.backToCityPage')}
        </Link>
      </nav>
      {year === null ? (
        <MalformedLink slug={slug} raw={rawYear ?? ''} />
      ) : noDataForYear ? (
        <NoDataForYear slug={slug} year={year} insider={insider} />
      ) : report.error?.isNotFound ? (
        <CityNotFound testId="report-city-not-found" />
      ) : report.error ? (
        <ErrorMessage error={report.error} onRetry={report.reload} />
      ) : report.data ? (
        <ReportView report={report.data} />
      ) : (
        <LoadingIndicator />
      )}
    </div>
  );
}

/** True one frame after the data arrived: the charts (drawn by their own effects) are on the page by then. */
function useDrawnAfter(data: unknown): boolean {
  const [drawnFor, setDrawnFor] = useState<unknown>(null);
  useEffect(() => {
    if (!data) return undefined;
    const frame = requestAnimationFrame(() => setDrawnFor(data));
    return () => cancelAnimationFrame(frame);
  }, [data]);
  return data !== undefined && drawnFor === data;
}

function MalformedLink({ slug, raw }: { slug: string; raw: string }) {
  const { t } = useTranslation();
  return (
    <div className="not-found" data-testid="report-malformed">
      <h1>{t('report.malformedTitle')}</h1>
      <p>{t('report.malformedText', { year: raw })}</p>
      <p>
        <Link to={`/cities/${encodeURIComponent(slug)}`} className="button">
          {t('report.backToCityPage')}
        </Link>
      </p>
    </div>
  );
}

/** A year without data: says so, and links to the nearest year that has some. */
function NoDataForYear({ slug, year, insider }: { slug: string; year: number; insider: boolean }) {
  const { t } = useTranslation();
  const years = useApi<CityReportYearsResponse>(
    withQuery(apiRoutes.cityReports(slug), { preview: insider || undefined }),
  );
  const nearest = years.data
    ? nearestYearWithData(
        years.data.years.map((entry) => entry.year),
        year,
      )
    : null;
  return (
    <div className="not-found" data-testid="report-no-data">
      <h1>{t('report.noDataTitle', { year })}</h1>
      {years.loading && <LoadingIndicator />}
      {years.error && <ErrorMessage error={years.error} onRetry={years.reload} />}
      {years.data && (
        <>
          <p>
            {insider
              ? t('report.noDataText', { city: years.data.city.name, year })
              : t('report.noApprovedDataText', { city: years.data.city.name, year })}
          </p>
          <p>
            {nearest === null ? (
              t('report.noDataAtAll', { city: years.data.city.name })
            ) : (
              <Link to={reportPath(slug, nearest)} className="button" data-testid="report-nearest-year">
                {t('report.nearestYear', { year: nearest })}
              </Link>
            )}
          </p>
        </>
      )}
    </div>
  );
}

/** `/cities/:slug/report`: the report of the newest year with data the reader may see. */
export function LatestReportPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const session = useSession();
  const user = session.status === 'signed-in' ? session.user : null;
  const insider = canReadInsider(user, slug);
  const years = useApi<CityReportYearsResponse>(
    session.status === 'unknown'
      ? null
      : withQuery(apiRoutes.cityReports(slug), { preview: insider || undefined }),
  );
  const latestYear = years.data?.latestYear ?? null;
  if (latestYear !== null) return <Navigate to={reportPath(slug, latestYear)} replace />;
  return (
    <div className="page report-page" data-testid="report-page">
      {years.error?.isNotFound ? (
        <CityNotFound testId="report-city-not-found" />
      ) : years.error ? (
        <ErrorMessage error={years.error} onRetry={years.reload} />
      ) : years.data ? (
        <div className="not-found" data-testid="report-no-data">
          <h1>{t('report.title')}</h1>
          <p>{t('report.noDataAtAll', { city: years.data.city.name })}</p>
          <p>
            <Link to={`/cities/${encodeURIComponent(slug)}`} className="button">
              {t('report.backToCity', { city: years.data.city.name })}
            </Link>
          </p>
        </div>
      ) : (
        <LoadingIndicator />
      )}
    </div>
  );
}
