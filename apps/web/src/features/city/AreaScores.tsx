import {
  apiRoutes,
  MIN_COMPOSITE_COVERAGE,
  withQuery,
  type CityCompositesQuery,
  type CityCompositesResponse,
} from '@lcm/contracts';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { useApi } from '../../shared/api/use-api';
import { DataTable } from '../../shared/charts/DataTable';
import { SCORE_BAND_STYLES } from '../../shared/charts/progress-style';
import { useProgressWords } from '../../shared/charts/use-progress-words';
import { useSummaryLanguage } from '../../shared/charts/use-summary-language';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { areaScoresOf, AREA_LEVEL, type AreaScore } from './area-scores';
import { areaScoreSummary } from './indicator-summary';

const KEY_FEATURES_QUERY: CityCompositesQuery = { framework: 'KFLC' };

/** "Scores by area": the city's 0–100 composite per Key Features area, with how many indicators it rests on. */
export function AreaScores({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const composites = useApi<CityCompositesResponse>(
    withQuery(apiRoutes.analyticsCityComposites(slug), KEY_FEATURES_QUERY),
  );
  const areas = useMemo(() => (composites.data ? areaScoresOf(composites.data) : []), [composites.data]);
  const language = useSummaryLanguage();
  const summaries = useMemo(
    () =>
      (composites.data?.nodes ?? [])
        .filter((node) => node.level === AREA_LEVEL)
        .map((node) => ({ code: node.code, text: areaScoreSummary(node, language) })),
    [composites.data, language],
  );

  return (
    <section className="area-scores" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('areaScores.heading')}</h2>
      {composites.error && <ErrorMessage error={composites.error} onRetry={composites.reload} />}
      {composites.loading && <LoadingIndicator />}
      {composites.data && (
        <DataTable
          caption={t('areaScores.caption', { city: composites.data.city.name })}
          rowHeader={t('areaScores.area')}
          columns={[
            { key: 'score', header: t('areaScores.score') },
            { key: 'coverage', header: t('areaScores.coverage') },
          ]}
          rows={areas.map((area) => ({
            key: area.code,
            header: area.name,
            cells: [
              <AreaScoreCell key="score" area={area} />,
              t('areaScores.indicators', { reported: area.reported, count: area.total }),
            ],
          }))}
          testId="area-scores"
        />
      )}
      {summaries.length > 0 && (
        <div className="chart-figure__summary" data-testid="area-scores-summary">
          <h3 className="visually-hidden">{t('areaScores.summaryTitle')}</h3>
          <ul>
            {summaries.map((summary) => (
              <li key={summary.code}>{summary.text}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** The score with its band as a coloured mark and in words, or why there is no score. */
function AreaScoreCell({ area }: { area: AreaScore }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useProgressWords();
  if (!area.scored)
    return (
      <span className="muted">
        {t('areaScores.notEnoughData', { percent: MIN_COMPOSITE_COVERAGE * 100 })}
      </span>
    );
  const { score, band } = area.scored;
  return (
    <>
      {band && (
        <span className="table-mark" aria-hidden="true" style={{ color: SCORE_BAND_STYLES[band].colour }}>
          {SCORE_BAND_STYLES[band].mark}{' '}
        </span>
      )}
      {format.number(score, 0)}
      {band && ` – ${words.band(band)}`}
    </>
  );
}
