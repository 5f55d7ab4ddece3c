import type { AnalyticsIndicator } from '@lcm/contracts';
import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Scatter } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import '../../shared/charts/register-analytics';
import { ChartCard } from '../../shared/charts/ChartCard';
import { OKABE_ITO } from '../../shared/charts/palette';
import type { ScatterMeasure } from './compare-state';
import { scatterTable, type CompareTableLabels, type ScatterAxisLabels } from './compare-tables';
import type { ScatterModel } from './comparison-model';

interface ScatterViewProps {
  model: ScatterModel;
  x: AnalyticsIndicator;
  y: AnalyticsIndicator;
  measure: ScatterMeasure;
  year: number;
  labels: CompareTableLabels & { fromYear: string };
  fileName: string;
  /** The chart in plain words, its text alternative. */
  summary: string;
}

/** Decimals of an average annual change: one more than the values have. */
const changeDecimals = (indicator: AnalyticsIndicator) => indicator.decimals + 1;

/** Two indicators against each other, a named point per city: their values, or their average annual change. */
export function ScatterView({ model, x, y, measure, year, labels, fileName, summary }: ScatterViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const change = measure === 'change';
  const title = change
    ? t('compare.scatter.titleChange', { x: x.name, y: y.name, year })
    : t('compare.scatter.title', { x: x.name, y: y.name, year });
  const axis = (indicator: AnalyticsIndicator): ScatterAxisLabels =>
    change
      ? {
          header: t('compare.scatter.changeAxis', { indicator: indicator.name, unit: indicator.unitLabel }),
          decimals: changeDecimals(indicator),
        }
      : {
          header: t('compare.scatter.valueAxis', { indicator: indicator.name, unit: indicator.unitLabel }),
          decimals: indicator.decimals,
        };
  const axes = { x: axis(x), y: axis(y) };
  const names = model.points.map((point) => point.name);

  const data = useMemo(
    (): ChartData<'scatter', { x: number; y: number }[]> => ({
      datasets: [
        {
          label: title,
          data: model.points.map((point) => ({ x: point.x.value, y: point.y.value })),
          backgroundColor: model.points.map((point) =>
            point.isReference ? OKABE_ITO.vermillion : OKABE_ITO.blue,
          ),
          borderColor: model.points.map((point) =>
            point.isReference ? OKABE_ITO.vermillion : OKABE_ITO.blue,
          ),
          pointStyle: model.points.map((point) => (point.isReference ? 'rectRot' : 'circle')),
          pointRadius: model.points.map((point) => (point.isReference ? 8 : 5)),
          pointHoverRadius: 8,
        },
      ],
    }),
    [model, title],
  );

  const options = useMemo(
    (): ChartOptions<'scatter'> => ({
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: format.locale,
      layout: { padding: { right: 90 } },
      plugins: {
        legend: { display: false },
        pointLabels: { texts: names },
        tooltip: {
          callbacks: {
            label: (item) => {
              const point = model.points[item.dataIndex];
              if (!point) return '';
              return t('compare.scatter.tooltip', {
                city: point.name,
                x: format.number(point.x.value, axes.x.decimals),
                y: format.number(point.y.value, axes.y.decimals),
              });
            },
          },
        },
      },
      scales: {
        x: { title: { display: true, text: axes.x.header }, grid: { color: '#e3e8ee' } },
        y: { title: { display: true, text: axes.y.header }, grid: { color: '#e3e8ee' } },
      },
    }),
    [axes.x.decimals, axes.x.header, axes.y.decimals, axes.y.header, format, model.points, names, t],
  );

  const reference = model.points.find((point) => point.isReference);
  return (
    <ChartCard
      title={title}
      fileName={fileName}
      summary={summary}
      table={scatterTable(model, title, axes, labels)}
      testId="compare-chart"
      legend={
        reference && [
          { key: 'others', label: t('compare.scatter.others'), colour: OKABE_ITO.blue, pointStyle: 'circle' },
          {
            key: reference.slug,
            label: t('compare.referenceLabel', { city: reference.name }),
            colour: OKABE_ITO.vermillion,
            pointStyle: 'rectRot',
          },
        ]
      }
      notes={
        <>
          <p>{change ? t('compare.scatter.changeNote') : t('compare.scatter.valueNote')}</p>
          {model.incomplete.length > 0 && (
            <p>{t('compare.scatter.incomplete', { cities: model.incomplete.join(', ') })}</p>
          )}
        </>
      }
    >
      <Scatter
        data={data}
        options={options}
        role="img"
        aria-label={t('compare.scatter.label', { title, count: model.points.length })}
      />
    </ChartCard>
  );
}
