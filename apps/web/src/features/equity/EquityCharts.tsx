import {
  PARITY_RANGE,
  type AnalyticsCity,
  type AnalyticsIndicator,
  type DimensionCode,
} from '@lcm/contracts';
import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import '../../shared/charts/register-analytics';
import { ChartCard } from '../../shared/charts/ChartCard';
import type { LegendSymbol } from '../../shared/charts/chart-png';
import { OKABE_ITO, seriesStyle } from '../../shared/charts/palette';
import {
  groupsTable,
  PARITY_DECIMALS,
  parityTable,
  type EquityDimensionModel,
  type EquityTableLabels,
  type ParityModel,
} from './equity-model';

interface ChartProps {
  years: readonly number[];
  city: AnalyticsCity;
  indicator: AnalyticsIndicator;
  /** The chart in plain words, its text alternative. */
  summary: string;
}

const PARITY_BAND_FILL = 'rgb(0 158 115 / 16%)';

/** Each group's values against the total over time, a line each (the total drawn strongest). */
export function GroupsChart({
  years,
  city,
  indicator,
  dimension,
  summary,
}: ChartProps & { dimension: EquityDimensionModel }) {
  const { t } = useTranslation();
  const format = useFormat();
  const from = years[0] ?? 0;
  const to = years[years.length - 1] ?? from;
  const groups = dimension.series.filter((series) => !series.isTotal).map((series) => series.label);
  const title = t('equity.groupsTitle', {
    indicator: indicator.name,
    city: city.name,
    groups: groups.join(', '),
    from,
    to,
  });

  const data = useMemo(
    (): ChartData<'line', (number | null)[], string> => ({
      labels: years.map(String),
      datasets: dimension.series.map((series, index) => {
        const style = seriesStyle(index);
        return {
          label: series.label,
          data: series.values,
          borderColor: style.colour,
          backgroundColor: style.colour,
          borderWidth: series.isTotal ? 4 : 2,
          borderDash: style.dash,
          pointStyle: style.pointStyle,
          pointRadius: series.values.map((value) => (value === null ? 0 : 4)),
          spanGaps: false,
          tension: 0,
        };
      }),
    }),
    [dimension.series, years],
  );
  const options = useMemo(
    (): ChartOptions<'line'> => ({
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: format.locale,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { display: false },
        tooltip: {
          filter: (item) => item.parsed.y !== null,
          callbacks: {
            label: (item) =>
              t('equity.tooltip', {
                series: item.dataset.label ?? '',
                value: item.parsed.y === null ? '' : format.number(item.parsed.y, indicator.decimals),
              }),
          },
        },
      },
      scales: {
        x: { title: { display: true, text: t('equity.year') }, grid: { display: false } },
        y: {
          title: { display: true, text: indicator.unitLabel },
          beginAtZero: indicator.direction !== 'target',
          grid: { color: '#e3e8ee' },
        },
      },
    }),
    [format, indicator, t],
  );
  const legend: LegendSymbol[] = dimension.series.map((series, index) => {
    const style = seriesStyle(index);
    return {
      key: series.key,
      label: series.label,
      colour: style.colour,
      dash: style.dash,
      pointStyle: style.pointStyle,
    };
  });

  return (
    <ChartCard
      title={title}
      fileName={`${city.slug}-${indicator.code}-${dimension.dimension}`}
      summary={summary}
      table={groupsTable(years, dimension, title, indicator.decimals, { year: t('equity.year') })}
      testId={`equity-groups-${dimension.dimension}`}
      legend={legend}
      notes={
        dimension.series.some((series) => series.values.some((value) => value === null)) && (
          <p>{t('equity.gaps')}</p>
        )
      }
    >
      <Line
        data={data}
        options={options}
        role="img"
        aria-label={t('equity.groupsLabel', { title, series: legend.map((item) => item.label).join(', ') })}
      />
    </ChartCard>
  );
}

/** The adjusted parity index over time, with the parity band 0.97–1.03 drawn behind it. */
export function ParityChart({
  years,
  city,
  indicator,
  dimension,
  parity,
  summary,
}: ChartProps & { dimension: DimensionCode; parity: ParityModel }) {
  const { t } = useTranslation();
  const format = useFormat();
  const from = years[0] ?? 0;
  const to = years[years.length - 1] ?? from;
  const title = t('equity.parityTitle', {
    disadvantaged: parity.disadvantaged,
    reference: parity.reference,
    indicator: indicator.name,
    city: city.name,
    from,
    to,
  });
  const values = useMemo(() => parity.indices.map((index) => index?.adjusted ?? null), [parity.indices]);
  const bandLabel = t('equity.parityBand', {
    lower: format.number(PARITY_RANGE.lower, 2),
    upper: format.number(PARITY_RANGE.upper, 2),
  });
  const labels: EquityTableLabels = {
    year: t('equity.year'),
    ratio: t('equity.ratio', { disadvantaged: parity.disadvantaged, reference: parity.reference }),
    adjusted: t('equity.adjusted'),
    band: t('equity.reading'),
    bandName: (band, groups) =>
      band === 'parity'
        ? t('equity.band.parity')
        : t('equity.band.behind', {
            group: band === 'disadvantaged_behind' ? groups.disadvantaged : groups.reference,
          }),
  };

  const data = useMemo(
    (): ChartData<'line', (number | null)[], string> => ({
      labels: years.map(String),
      datasets: [
        {
          label: labels.adjusted,
          data: values,
          borderColor: OKABE_ITO.blue,
          backgroundColor: OKABE_ITO.blue,
          borderWidth: 3,
          pointRadius: values.map((value) => (value === null ? 0 : 4)),
          spanGaps: false,
          tension: 0,
        },
      ],
    }),
    [labels.adjusted, values, years],
  );
  const options = useMemo(
    (): ChartOptions<'line'> => ({
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: format.locale,
      plugins: {
        legend: { display: false },
        valueBand: {
          from: PARITY_RANGE.lower,
          to: PARITY_RANGE.upper,
          colour: PARITY_BAND_FILL,
          label: bandLabel,
        },
        tooltip: {
          filter: (item) => item.parsed.y !== null,
          callbacks: {
            label: (item) => (item.parsed.y === null ? '' : format.number(item.parsed.y, PARITY_DECIMALS)),
          },
        },
      },
      scales: {
        x: { title: { display: true, text: t('equity.year') }, grid: { display: false } },
        y: {
          title: { display: true, text: labels.adjusted },
          suggestedMin: Math.min(0.8, ...values.map((value) => (value ?? 1) - 0.05)),
          suggestedMax: Math.max(1.2, ...values.map((value) => (value ?? 1) + 0.05)),
          grid: { color: '#e3e8ee' },
        },
      },
    }),
    [bandLabel, format, labels.adjusted, values, t],
  );

  return (
    <ChartCard
      title={title}
      fileName={`${city.slug}-${indicator.code}-parity-${parity.disadvantaged}-${parity.reference}`}
      summary={summary}
      table={parityTable(years, parity, title, labels)}
      testId={`equity-parity-${dimension}`}
      legend={[
        { key: 'index', label: labels.adjusted, colour: OKABE_ITO.blue, dash: [], pointStyle: 'circle' },
        {
          key: 'band',
          label: bandLabel,
          colour: OKABE_ITO.bluishGreen,
          pointStyle: 'rect',
          fill: PARITY_BAND_FILL,
        },
      ]}
      notes={
        <p>{t('equity.parityNote', { disadvantaged: parity.disadvantaged, reference: parity.reference })}</p>
      }
    >
      <Line
        data={data}
        options={options}
        role="img"
        aria-label={t('equity.parityLabel', { title, band: bandLabel })}
      />
    </ChartCard>
  );
}
