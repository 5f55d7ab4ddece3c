import type { AnalyticsIndicator } from '@lcm/contracts';
import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import '../../shared/charts/register-analytics';
import { ChartCard } from '../../shared/charts/ChartCard';
import { OKABE_ITO } from '../../shared/charts/palette';
import type { CompareTableLabels } from './compare-tables';
import { rankedBarsTable } from './compare-tables';
import type { RankedBar, RankedBarsModel } from './comparison-model';

interface RankedBarViewProps {
  model: RankedBarsModel;
  indicator: AnalyticsIndicator;
  labels: CompareTableLabels;
  fileName: string;
  /** The chart in plain words, its text alternative. */
  summary: string;
}

const BAR_COLOUR = OKABE_ITO.blue;
const ROW_HEIGHT_PX = 30;
/** Room after the longest bar for its label ("12.3 (2019)"). */
const LABEL_ROOM_PX = 130;

/**
 * The cities ranked for one year, a bar each, every bar labelled with its value and the year it is
 * from; values older than the year compared are drawn hollow, and cities without a value say so.
 */
export function RankedBarView({ model, indicator, labels, fileName, summary }: RankedBarViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const change = model.mode === 'change';
  const title = change
    ? t('compare.bar.titleChange', { indicator: indicator.name, year: model.year })
    : t('compare.bar.title', { indicator: indicator.name, year: model.year });

  const barText = (bar: RankedBar): string => {
    if (bar.value === null || bar.dataYear === null) return t('compare.bar.noValue');
    if (change) {
      return t('compare.bar.changeLabel', {
        value: format.number(bar.value, 1),
        from: bar.baseYear ?? '',
        to: bar.dataYear,
      });
    }
    return t('compare.bar.valueLabel', {
      value: format.number(bar.value, indicator.decimals),
      year: bar.dataYear,
    });
  };
  const texts = model.bars.map(barText);

  const data = useMemo(
    (): ChartData<'bar', (number | null)[], string> => ({
      labels: model.bars.map((bar) => (bar.isReference ? `▶ ${bar.name}` : bar.name)),
      datasets: [
        {
          label: title,
          data: model.bars.map((bar) => bar.value),
          backgroundColor: model.bars.map((bar) => (bar.older ? '#ffffff' : BAR_COLOUR)),
          borderColor: BAR_COLOUR,
          borderWidth: 2,
          barPercentage: 0.8,
          categoryPercentage: 0.9,
        },
      ],
    }),
    [model, title],
  );

  const options = useMemo(
    (): ChartOptions<'bar'> => ({
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: format.locale,
      layout: { padding: { right: LABEL_ROOM_PX } },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: { label: (item) => texts[item.dataIndex] ?? '' },
        },
        barEndLabels: { texts },
      },
      scales: {
        x: {
          title: { display: true, text: change ? labels.change : labels.value },
          beginAtZero: true,
          grid: { color: '#e3e8ee' },
        },
        y: { grid: { display: false }, ticks: { autoSkip: false } },
      },
    }),
    [change, format.locale, labels, texts],
  );

  const table = rankedBarsTable(model, title, { decimals: indicator.decimals }, labels);
  const older = model.bars.some((bar) => bar.older);

  return (
    <ChartCard
      title={title}
      fileName={fileName}
      summary={summary}
      table={table}
      testId="compare-chart"
      canvasHeight={`${Math.max(12, model.bars.length * ROW_HEIGHT_PX + 70)}px`}
      legend={[
        {
          key: 'current',
          label: change
            ? t('compare.bar.legendCurrentChange', { year: model.year })
            : t('compare.bar.legendCurrent', { year: model.year }),
          colour: BAR_COLOUR,
          pointStyle: 'rect',
        },
        ...(older
          ? [
              {
                key: 'older',
                label: change
                  ? t('compare.bar.legendOlderChange', { year: model.year })
                  : t('compare.bar.legendOlder', { year: model.year }),
                colour: BAR_COLOUR,
                pointStyle: 'rect' as const,
                hollow: true,
              },
            ]
          : []),
      ]}
      notes={
        <>
          <p>{change ? t('compare.bar.changeNote') : t('compare.bar.rankNote')}</p>
          {model.bars.some((bar) => bar.isReference) && <p>{t('compare.referenceNote')}</p>}
        </>
      }
    >
      <Bar
        data={data}
        options={options}
        role="img"
        aria-label={t('compare.bar.label', { title, bars: texts.length })}
      />
    </ChartCard>
  );
}
