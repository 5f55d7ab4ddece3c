import type { ChartData, ChartOptions } from 'chart.js';
import { Chart as ChartJs } from 'chart.js';
import {
  BubbleMapController,
  GeoFeature,
  ProjectionScale,
  SizeScale,
  topojson,
  type IBubbleMapDataPoint,
} from 'chartjs-chart-geo';
import { useEffect, useMemo, useState } from 'react';
import { Chart } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import '../../shared/charts/register-analytics';
import { NO_SCORE_STYLE, SCORE_BAND_STYLES } from '../../shared/charts/progress-style';
import { LoadingIndicator } from '../../shared/ui/LoadingIndicator';
import type { MapModel } from './comparison-model';
import { MARKER_BORDER } from './map-style';

// This module, chartjs-chart-geo and the world outline load only when a map is first shown.
ChartJs.register(BubbleMapController, GeoFeature, ProjectionScale, SizeScale);

type Atlas = Parameters<typeof topojson.mesh>[0];
type Countries = unknown[];

/** The world's countries (Natural Earth 1:110m, shipped with the app: no map tiles from the internet). */
async function loadCountries(): Promise<Countries> {
  const atlas = (await import('world-atlas/countries-110m.json')).default as unknown as Atlas;
  const countries = atlas.objects.countries;
  if (countries?.type !== 'GeometryCollection') throw new Error('The world outline lists no countries');
  return topojson.feature(atlas, countries).features;
}

const MARKER_RADIUS = 8;
/** Up to this many cities, each is named on the map; more would cover it. */
const MAX_NAMED_CITIES = 15;

interface CityMapChartProps {
  model: MapModel;
  /** One tooltip text per point of the model. */
  texts: readonly string[];
  label: string;
}

/** The cities as markers on a world map, each in the colour and shape of its score band; hollow without a score. */
export default function CityMapChart({ model, texts, label }: CityMapChartProps) {
  const { t } = useTranslation();
  const [countries, setCountries] = useState<Countries | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    loadCountries().then(
      (features) => current && setCountries(features),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, []);

  const data = useMemo((): ChartData<'bubbleMap', IBubbleMapDataPoint[], string> | null => {
    if (!countries) return null;
    const styles = model.points.map((point) => (point.band ? SCORE_BAND_STYLES[point.band] : NO_SCORE_STYLE));
    return {
      labels: model.points.map((point) => point.name),
      datasets: [
        {
          label,
          outline: countries,
          showOutline: true,
          outlineBackgroundColor: '#eef2f6',
          outlineBorderColor: '#9aa5b1',
          outlineBorderWidth: 0.5,
          data: model.points.map((point) => ({
            longitude: point.longitude,
            latitude: point.latitude,
            value: 1,
          })),
          backgroundColor: model.points.map((point, index) =>
            point.band ? (styles[index]?.colour ?? '') : '#ffffff',
          ),
          borderColor: model.points.map((point, index) =>
            point.band ? MARKER_BORDER : (styles[index]?.colour ?? NO_SCORE_STYLE.colour),
          ),
          borderWidth: model.points.map((point) => (point.isReference ? 3 : 1.5)),
          pointStyle: styles.map((style) => style.pointStyle),
          radius: model.points.map((point) => (point.isReference ? MARKER_RADIUS + 3 : MARKER_RADIUS)),
          hoverRadius: MARKER_RADIUS + 3,
        },
      ],
    };
  }, [countries, label, model.points]);

  const options = useMemo(
    (): ChartOptions<'bubbleMap'> => ({
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { title: () => '', label: (item) => texts[item.dataIndex] ?? '' } },
        pointLabels: {
          texts: model.points.length <= MAX_NAMED_CITIES ? model.points.map((point) => point.name) : [],
        },
      },
      scales: {
        projection: { axis: 'x', projection: 'equalEarth' },
        size: { axis: 'x', display: false },
      },
    }),
    [model.points, texts],
  );

  if (failed) return <p className="empty">{t('compare.map.failed')}</p>;
  if (!data) return <LoadingIndicator label={t('compare.map.loading')} />;
  return <Chart type="bubbleMap" data={data} options={options} role="img" aria-label={label} />;
}
