import { SCORE_BANDS, type AnalyticsIndicator } from '@lcm/contracts';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { ChartCard } from '../../shared/charts/ChartCard';
import { NO_SCORE_STYLE, SCORE_BAND_STYLES } from '../../shared/charts/progress-style';
import { useProgressWords } from '../../shared/charts/use-progress-words';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import { MARKER_BORDER } from './map-style';
import { mapTable, type CompareTableLabels } from './compare-tables';
import type { MapModel, MapPoint } from './comparison-model';

const CityMapChart = lazy(() => import('./CityMapChart'));

interface MapViewProps {
  model: MapModel;
  indicator: AnalyticsIndicator;
  labels: CompareTableLabels;
  fileName: string;
  /** The chart in plain words, its text alternative. */
  summary: string;
}

/** The cities on a world map, coloured and shaped by the score band of their latest value. */
export function MapView({ model, indicator, labels, fileName, summary }: MapViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useProgressWords();
  const title = t('compare.map.title', { indicator: indicator.name, year: model.year });

  const tooltip = (point: MapPoint): string =>
    point.value === null || point.dataYear === null
      ? t('compare.map.tooltipNoValue', { city: point.name })
      : t('compare.map.tooltip', {
          city: point.name,
          value: format.number(point.value, indicator.decimals),
          unit: indicator.unitLabel,
          year: point.dataYear,
          band: point.band ? words.band(point.band) : words.noScore,
        });
  const bandsShown = SCORE_BANDS.filter((band) => model.points.some((point) => point.band === band));

  return (
    <ChartCard
      title={title}
      fileName={fileName}
      summary={summary}
      table={mapTable(model, title, { decimals: indicator.decimals }, labels)}
      testId="compare-chart"
      canvasHeight="28rem"
      legend={[
        ...bandsShown.map((band) => ({
          key: band,
          label: words.band(band),
          colour: MARKER_BORDER,
          fill: SCORE_BAND_STYLES[band].colour,
          pointStyle: SCORE_BAND_STYLES[band].pointStyle,
        })),
        ...(model.points.some((point) => point.band === null)
          ? [
              {
                key: 'none',
                label: words.noScore,
                colour: NO_SCORE_STYLE.colour,
                pointStyle: NO_SCORE_STYLE.pointStyle,
                hollow: true,
              },
            ]
          : []),
      ]}
      notes={
        <>
          <p>{t('compare.map.note')}</p>
          {model.unplaced.length > 0 && (
            <p>{t('compare.map.unplaced', { cities: model.unplaced.join(', ') })}</p>
          )}
        </>
      }
    >
      <Suspense fallback={<LoadingIndicator label={t('compare.map.loading')} />}>
        <CityMapChart
          model={model}
          texts={model.points.map(tooltip)}
          label={t('compare.map.label', { title })}
        />
      </Suspense>
    </ChartCard>
  );
}
