import type { CityDetail, EvidenceNoteDto, IndicatorDto } from '@lcm/contracts';
import type { ChartOptions, TooltipItem } from 'chart.js';
import { useId, useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import '../../shared/charts/register';
import { NOTE_MARKER_COLOUR, NOTE_MARKER_DASH, NOTE_MARKER_ROOM_PX } from '../../shared/charts/note-markers';
import { ChartLegend, LegendMarker, type LegendItem } from '../../shared/charts/ChartLegend';
import { seriesStyle, TARGET_STYLE } from '../../shared/charts/palette';
import { noteMarksOf } from './evidence-notes';
import { buildChartData, yAxisRange } from './indicator-chart-data';
import type { IndicatorSeriesModel } from './indicator-series';

interface IndicatorChartProps {
  model: IndicatorSeriesModel;
  indicator: IndicatorDto;
  city: CityDetail;
  demoData: boolean;
  /** The chart in plain words, shown under it: with the notes list and the table, its text alternative. */
  summary: string;
  /** Evidence notes of the indicator; their years are marked on the chart. */
  notes: readonly EvidenceNoteDto[];
  /** Id of the list of the notes under the chart, which describes the marks. */
  notesListId: string;
}

/**
 * The indicator over time: a line per disaggregation, the target as a dashed line, and a flag at each
 * year with evidence notes.
 */
export function IndicatorChart({
  model,
  indicator,
  city,
  demoData,
  summary,
  notes,
  notesListId,
}: IndicatorChartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const summaryId = useId();
  const marks = useMemo(() => noteMarksOf(model.years, notes), [model.years, notes]);
  const first = model.years[0] ?? 0;
  const last = model.years[model.years.length - 1] ?? first;

  const targetLabel =
    model.target?.year != null
      ? t('indicator.chartTargetLabel', { year: model.target.year })
      : t('indicator.chartTargetLabelNoYear');
  const data = useMemo(() => buildChartData(model, targetLabel), [model, targetLabel]);

  const options = useMemo((): ChartOptions<'line'> => {
    const value = (v: number) => format.number(v, indicator.decimals);
    const tooltipLabel = (item: TooltipItem<'line'>): string => {
      const y = item.parsed.y;
      if (y === null) return '';
      const status = model.series[item.datasetIndex]?.points[item.dataIndex]?.status;
      const text =
        status === 'E' || status === 'P'
          ? t('indicator.tooltipFlagged', { value: value(y), status: t(`status.${status}`) })
          : value(y);
      return t('indicator.tooltipItem', { series: item.dataset.label ?? '', value: text });
    };
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      locale: format.locale,
      layout: { padding: { top: marks.length > 0 ? NOTE_MARKER_ROOM_PX : 0 } },
      plugins: {
        legend: { display: false },
        tooltip: {
          filter: (item) => item.parsed.y !== null,
          callbacks: { label: tooltipLabel },
          usePointStyle: true,
        },
        noteMarkers: { marks },
      },
      scales: {
        x: {
          title: { display: true, text: t('indicator.year') },
          grid: { display: false },
          ticks: { maxRotation: 0, autoSkipPadding: 12 },
        },
        y: {
          title: { display: true, text: indicator.unitLabel },
          ...yAxisRange(indicator),
          grid: { color: '#e3e8ee' },
        },
      },
    };
  }, [format, indicator, marks, model, t]);

  const legend: LegendItem[] = [
    ...model.series.map((series, index) => {
      const style = seriesStyle(index);
      return {
        key: series.key,
        label: series.label,
        colour: style.colour,
        dash: style.dash,
        pointStyle: style.pointStyle,
      };
    }),
    ...(model.target
      ? [
          {
            key: 'target',
            label: targetLabel,
            colour: TARGET_STYLE.colour,
            dash: TARGET_STYLE.dash,
            pointStyle: false as const,
          },
        ]
      : []),
    ...(marks.length > 0
      ? [
          {
            key: 'notes',
            label: t('evidenceNotes.legend'),
            colour: NOTE_MARKER_COLOUR,
            dash: NOTE_MARKER_DASH,
            pointStyle: 'triangle' as const,
          },
        ]
      : []),
  ];

  const caption =
    first === last
      ? t('indicator.chartCaptionOneYear', { indicator: indicator.name, city: city.name, year: first })
      : t('indicator.chartCaption', { indicator: indicator.name, city: city.name, from: first, to: last });
  const seriesNames = legend
    .filter((item) => item.key !== 'notes')
    .map((item) => item.label)
    .join(', ');
  const flagged = model.flaggedStatuses.filter((s) => s === 'E' || s === 'P');

  return (
    <figure className="chart-figure" data-testid="indicator-chart">
      <figcaption className="chart-figure__caption">
        <span>{caption}</span>
        {demoData && (
          <span className="badge badge--demo" data-testid="chart-demo-label">
            {t('demo.label')}
          </span>
        )}
      </figcaption>
      <div className="chart-figure__canvas">
        <Line
          data={data}
          options={options}
          role="img"
          aria-describedby={`${summaryId} ${notesListId}`}
          aria-label={t('indicator.chartLabel', {
            indicator: indicator.name,
            city: city.name,
            from: first,
            to: last,
            series: seriesNames,
          })}
        />
      </div>
      <ChartLegend items={legend} label={t('indicator.legend')} />
      <div id={summaryId} className="chart-figure__summary" data-testid="indicator-chart-summary">
        <p>{summary}</p>
        {marks.length > 0 && (
          <p>{t('evidenceNotes.chartSummary', { years: marks.map((mark) => mark.year).join(', ') })}</p>
        )}
      </div>
      <div className="chart-figure__notes">
        {flagged.length > 0 && (
          <p>
            <svg
              width="14"
              height="12"
              viewBox="12 0 12 12"
              aria-hidden="true"
              focusable="false"
              className="inline-marker"
            >
              <LegendMarker shape="circle" colour="#1f2933" hollow />
            </svg>{' '}
            {t('indicator.flaggedExplanation')}
          </p>
        )}
        {model.series.some((s) => s.points.some((p) => p.value === null)) && (
          <p>{t('indicator.gapExplanation')}</p>
        )}
      </div>
    </figure>
  );
}
