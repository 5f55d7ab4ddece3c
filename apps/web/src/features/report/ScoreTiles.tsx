import type { CityReportResponse, ReportScore } from '@lcm/contracts';
import { summariseScore } from '@lcm/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { SCORE_BAND_STYLES } from '../../shared/charts/progress-style';
import { useProgressWords } from '../../shared/charts/use-progress-words';
import { scoreSummaryInput } from './report-model';
import { useSummaryLanguage } from '../../shared/charts/use-summary-language';

/** The overall score and one tile per Key Features area: score, colour with its shape and words, coverage, summary. */
export function ScoreTiles({ report }: { report: CityReportResponse }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('report.scoresHeading')}</h2>
      <p className="report-section__intro">{t('report.scoresIntro', { year: report.year })}</p>
      <ul className="score-tiles" data-testid="report-scores">
        <ScoreTile subject={t('report.overallScore')} score={report.overall} overall />
        {report.areas.map((area) => (
          <ScoreTile key={area.code} subject={area.name} score={area} />
        ))}
      </ul>
    </section>
  );
}

function ScoreTile({
  subject,
  score,
  overall = false,
}: {
  subject: string;
  score: ReportScore;
  overall?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useProgressWords();
  const language = useSummaryLanguage();
  const { composite, band } = score;
  const style = band ? SCORE_BAND_STYLES[band] : null;
  return (
    <li
      className={overall ? 'score-tile score-tile--overall' : 'score-tile'}
      style={style ? { borderTopColor: style.colour } : undefined}
      data-testid="report-score-tile"
    >
      <h3 className="score-tile__subject">{subject}</h3>
      <p className="score-tile__score">
        {composite.score === null ? (
          <span className="score-tile__none">{words.noScore}</span>
        ) : (
          <>
            <span className="score-tile__value" data-testid="report-score-value">
              {format.number(composite.score, 0)}
            </span>
            <span className="score-tile__of"> / 100</span>
          </>
        )}
      </p>
      {style && band && (
        <p className="score-tile__band">
          <span className="score-tile__mark" aria-hidden="true" style={{ color: style.colour }}>
            {style.mark}
          </span>{' '}
          {words.band(band)}
        </p>
      )}
      <p className="score-tile__coverage">
        {t('areaScores.indicators', { reported: composite.reported, count: composite.total })}
      </p>
      <p className="report-summary">{summariseScore(scoreSummaryInput(subject, score), language)}</p>
    </li>
  );
}
