import type { AnalyticsIndicator } from '@lcm/contracts';
import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import '../../shared/charts/register-analytics';
import { ChartCard } from '../../shared/charts/ChartCard';
import type { LegendSymbol } from '../../shared/charts/chart-png';
import { seriesStyle } from '../../shared/charts/palette';
import { HOLLOW_FILL } from '../city/indicator-chart-data';
import { isFlaggedStatus } from '../city/indicator-series';
import type { CompareTableLabels } from './compare-tables';
import { lineTable } from './compare-tables';
import type { LineModel } from './comparison-model';

interface LineViewProps {
  model: LineModel;
  indicator: AnalyticsIndicator;
  labels: CompareTableLabels;
  fileName: string;
  /** The chart in plain words, its text alternative. */
  summary: string;
}

/** Each city's values (or their change since the base year) over time, a line per city. */
export function LineView({ model, indicator, labels, fileName, summary }: LineViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const change = model.mode === 'change';
  const first = model.years[0] ?? 0;
  const last = model.years[model.years.length - 1] ?? first;
  const title = change
    ? t('compare.line.titleChange', { indicator: indicator.name, from: first, to: last })
    : t('compare.line.title', { indicator: indicator.name, from: first, to: last });
  const decimals = change ? 1 : indicator.decimals;

  const data = useMemo((): ChartData<'line', (number | null)[], string> => {
    return {
      labels: model.years.map(String),
      datasets: model.lines.map((line, index) => {
        const style = seriesStyle(index);
        return {
          label: line.name,
          data: line.values,
          borderColor: style.colour,
          backgroundColor: style.colour,
          borderWidth: line.isReference ? 4 : 2,
          borderDash: style.dash,
          pointStyle: style.pointStyle,
          pointRadius: line.values.map((value) => (value === null ? 0 : 4)),
          pointBackgroundColor: line.statuses.map((status) =>
            isFlaggedStatus(status) ? HOLLOW_FILL : style.colour,
          ),
          pointBorderColor: style.colour,
          pointBorderWidth: 2,
          spanGaps: false,
          tension: 0,
        };
      }),
    };
  }, [model]);

  const options = useMemo(
    (): ChartOptions<'line'> => ({
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: format.locale,
      interaction: { mode: 'nearest', intersect: false },
      plugins: {
        legend: { display: false },
        tooltip: {
          filter: (item) => item.parsed.y !== null,
          callbacks: {
            label: (item) =>
              t('compare.tooltip', {
                city: item.dataset.label ?? '',
                value:
                  item.parsed.y === null
                    ? ''
                    : change
                      ? t('compare.changeValue', { value: format.number(item.parsed.y, 1) })
                      : format.number(item.parsed.y, decimals),
              }),
          },
          usePointStyle: true,
        },
      },
      scales: {
        x: { title: { display: true, text: t('compare.table.year') }, grid: { display: false } },
        y: {
          title: { display: true, text: change ? labels.change : labels.value },
          beginAtZero: !change && indicator.direction !== 'target',
          grid: { color: '#e3e8ee' },
        },
      },
    }),
    [change, decimals, format, indicator.direction, labels, t],
  );

  const legend: LegendSymbol[] = model.lines.map((line, index) => {
    const style = seriesStyle(index);
    return {
      key: line.slug,
      label: line.isReference ? t('compare.referenceLabel', { city: line.name }) : line.name,
      colour: style.colour,
      dash: style.dash,
      pointStyle: style.pointStyle,
    };
  });
  const table = lineTable(model, title, { decimals: indicator.decimals }, labels);
  const hasGaps = model.lines.some((line) => line.values.some((value) => value === null));
  const flagged = model.lines.some((line) => line.statuses.some(isFlaggedStatus));

  return (
    <ChartCard
      title={title}
      fileName={fileName}
      summary={summary}
      table={table}
      testId="compare-chart"
      legend={legend}
      notes={
        <>
          {change && <p>{t('compare.line.changeNote')}</p>}
          {model.withoutBase.length > 0 && (
            <p>{t('compare.line.withoutBase', { cities: model.withoutBase.join(', ') })}</p>
          )}
          {hasGaps && <p>{t('compare.line.gaps')}</p>}
          {flagged && <p>{t('indicator.flaggedExplanation')}</p>}
        </>
      }
    >
      <Line
        data={data}
        options={options}
        role="img"
        aria-label={t('compare.line.label', { title, cities: legend.map((item) => item.label).join(', ') })}
      />
    </ChartCard>
  );
}
