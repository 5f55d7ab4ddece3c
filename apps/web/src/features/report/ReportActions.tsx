import { apiRoutes, reportPdfFileName, withQuery, type CityReportResponse } from '@lcm/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useHref } from 'react-router';
import { useCurrentUser } from '../auth/use-session';
import { getFile, toApiRequestError } from '../../shared/api/api-client';
import { saveFile } from '../../shared/charts/csv';
import { canReadInsider, reportPath } from './report-model';
import { useSummaryLanguage } from '../../shared/charts/use-summary-language';

type PdfState = 'idle' | 'working' | 'done' | 'printing' | 'failed';
type LinkState = 'idle' | 'copied' | 'manual';

/**
 * Download PDF (made by the server from the public report; when the server cannot, the browser's own
 * print dialog opens instead), print, copy the public link, and switch between the insider and public views.
 */
export function ReportActions({ report }: { report: CityReportResponse }) {
  const { t } = useTranslation();
  const language = useSummaryLanguage();
  const user = useCurrentUser();
  const { city, year } = report;
  const [pdf, setPdf] = useState<PdfState>('idle');
  const [link, setLink] = useState<LinkState>('idle');
  const thisYearPublic = report.years.some((entry) => entry.year === year && entry.public);
  const publicYear = thisYearPublic
    ? year
    : (report.years.filter((entry) => entry.public).at(-1)?.year ?? null);
  const publicHref = useHref(reportPath(city.slug, publicYear ?? year));
  const publicUrl = new URL(publicHref, window.location.origin).toString();
  const insiderReader = canReadInsider(user, city.slug);

  const downloadPdf = async () => {
    setPdf('working');
    try {
      const blob = await getFile(withQuery(apiRoutes.cityReportPdf(city.slug, year), { lang: language }));
      saveFile(reportPdfFileName(city.slug, year, language), blob);
      setPdf('done');
    } catch (error) {
      if (toApiRequestError(error).status === 503) {
        setPdf('printing');
        window.print();
      } else {
        setPdf('failed');
      }
    }
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(publicUrl);
      setLink('copied');
    } catch {
      setLink('manual');
    }
  };

  return (
    <div className="report-actions report-print-hide">
      <div className="actions">
        <button
          type="button"
          className="button"
          data-testid="report-pdf"
          disabled={!thisYearPublic || pdf === 'working'}
          onClick={() => void downloadPdf()}
        >
          <span aria-hidden="true">⤓ </span>
          {pdf === 'working' ? t('report.pdfWorking') : t('report.downloadPdf')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="report-copy-link"
          disabled={publicYear === null}
          onClick={() => void copyLink()}
        >
          {t('report.copyPublicLink')}
        </button>
        {insiderReader &&
          (report.version === 'insider' ? (
            thisYearPublic && (
              <Link
                to={reportPath(city.slug, year, { publicView: true })}
                className="button button--secondary"
              >
                {t('report.showPublicVersion')}
              </Link>
            )
          ) : (
            <Link to={reportPath(city.slug, year)} className="button button--secondary">
              {t('report.showInsiderVersion')}
            </Link>
          ))}
      </div>
      <div role="status" className="report-actions__status" data-testid="report-actions-status">
        {!thisYearPublic && <p className="muted">{t('report.pdfPublicOnly', { year })}</p>}
        {pdf === 'printing' && <p>{t('report.pdfFallback')}</p>}
        {pdf === 'failed' && <p>{t('report.pdfFailed')}</p>}
        {link === 'copied' && (
          <p>
            {publicYear === year
              ? t('report.linkCopied')
              : t('report.linkCopiedOtherYear', { year: publicYear })}
          </p>
        )}
      </div>
      {link === 'manual' && (
        <label className="field report-actions__link">
          <span>{t('report.copyManually')}</span>
          <input type="text" readOnly value={publicUrl} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
