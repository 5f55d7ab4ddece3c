import type { CityReportResponse } from '@lcm/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReportActions } from './ReportActions';
import { reportPath, showsUnapprovedValues } from './report-model';

/** Who and when the report is about, which version it is, the other years, and the report's actions. */
export function ReportHeader({ report }: { report: CityReportResponse }) {
  const { t } = useTranslation();
  const yearsLabel = useId();
  const { city, year } = report;
  const unapproved = showsUnapprovedValues(report);
  return (
    <header className="report-header">
      <div className="report-header__title">
        <p className="report-header__kicker">{t('report.kicker')}</p>
        <h1 data-testid="report-title">{t('report.heading', { city: city.name, year })}</h1>
        <p className="report-header__subtitle">
          {city.countryName} · {t(`regions.${city.region}`)}
        </p>
        <p
          className={unapproved ? 'report-version report-version--insider' : 'report-version'}
          data-testid="report-version"
        >
          <span aria-hidden="true">{unapproved ? '◐ ' : '● '}</span>
          {unapproved
            ? t('report.insiderVersion', {
                status: t(`reportingStatus.${report.submissionStatus ?? 'draft'}`),
              })
            : report.version === 'insider'
              ? t('report.insiderAllApproved')
              : t('report.publicVersion')}
        </p>
      </div>
      <ReportActions report={report} />
      {report.years.length > 1 && (
        <nav className="report-years report-print-hide" aria-labelledby={yearsLabel}>
          <span id={yearsLabel} className="report-years__label">
            {t('report.otherYears')}
          </span>
          <ul>
            {report.years.map((entry) => (
              <li key={entry.year}>
                {entry.year === year ? (
                  <span aria-current="page" className="report-years__current">
                    {entry.year}
                  </span>
                ) : (
                  <Link to={reportPath(city.slug, entry.year)}>{entry.year}</Link>
                )}
                {!entry.public && <span className="muted"> {t('report.notPublicYet')}</span>}
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
