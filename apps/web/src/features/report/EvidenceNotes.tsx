import type { CityReportResponse } from '@lcm/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The city's evidence notes up to the report year: what happened behind the numbers. */
export function EvidenceNotes({ report }: { report: CityReportResponse }) {
  const { t } = useTranslation();
  const headingId = useId();
  const names = new Map(report.indicators.map((row) => [row.indicator.code, row.indicator.name]));
  return (
    <section className="report-section" aria-labelledby={headingId} data-testid="report-evidence">
      <h2 id={headingId}>{t('report.evidenceHeading')}</h2>
      {report.evidence.length === 0 ? (
        <p className="report-section__intro">{t('report.evidenceNone', { city: report.city.name })}</p>
      ) : (
        <ul className="report-list">
          {report.evidence.map((note) => (
            <li key={note.id} className="report-list__item">
              <p className="report-list__head">
                <strong>{names.get(note.indicator) ?? note.indicator}</strong> · {note.year}
              </p>
              <p>
                {note.text}
                {note.link && (
                  <>
                    {' '}
                    <a href={note.link} rel="noopener noreferrer">
                      {t('report.evidenceLink')}
                    </a>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
