import { DATA_QUALITY_FLAGS, type CityReportResponse, type DataQualityFlag } from '@lcm/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What a careful reader should know about the values shown: estimated, provisional and not yet approved
 * values, grouped so that many of them still read in a few lines; then the city's own comments.
 */
export function DataQualityNotes({ report }: { report: CityReportResponse }) {
  const { t } = useTranslation();
  const headingId = useId();
  const listed = (flag: DataQualityFlag) =>
    report.dataQuality
      .filter((note) => note.flags.includes(flag))
      .map((note) => t('report.qualityItem', { indicator: note.indicator.name, year: note.year }))
      .join('; ');
  const comments = report.dataQuality.filter((note) => note.comment !== null);
  return (
    <section className="report-section" aria-labelledby={headingId} data-testid="report-quality">
      <h2 id={headingId}>{t('report.qualityHeading')}</h2>
      {report.dataQuality.length === 0 ? (
        <p className="report-section__intro">{t('report.qualityNone')}</p>
      ) : (
        <dl className="report-quality">
          {DATA_QUALITY_FLAGS.filter((flag) => flag !== 'commented').map((flag) => {
            const items = listed(flag);
            return (
              items && (
                <div key={flag}>
                  <dt>{t(`report.qualityFlag.${flag}`)}</dt>
                  <dd>{items}</dd>
                </div>
              )
            );
          })}
          {comments.length > 0 && (
            <div>
              <dt>{t('report.qualityFlag.commented')}</dt>
              {comments.map((note) => (
                <dd key={`${note.indicator.code}-${note.year}`}>
                  {t('report.qualityComment', {
                    indicator: note.indicator.name,
                    year: note.year,
                    comment: note.comment,
                  })}
                  {note.source && ` ${t('report.qualitySource', { source: note.source })}`}
                </dd>
              ))}
            </div>
          )}
        </dl>
      )}
      <p className="report-section__note">{t('report.qualityProxyNote')}</p>
    </section>
  );
}
