import type { IndicatorDto } from '@lcm/contracts';
import type { ChartData, ChartDataset } from 'chart.js';
import { seriesStyle, TARGET_STYLE } from '../../shared/charts/palette';
import { isFlaggedStatus, type IndicatorSeriesModel } from './indicator-series';

export type LineData = ChartData<'line', (number | null)[], string>;
type LineDataset = ChartDataset<'line', (number | null)[]>;

/** Fill of a hollow marker (estimated or provisional value). */
export const HOLLOW_FILL = '#ffffff';

/**
 * chart.js data for the indicator chart: one line per series, each with its own colour, point
 * shape and dash pattern; estimated and provisional values drawn as hollow markers; missing
 * years left as gaps; the target, when there is one, as a dashed line drawn last.
 */
export function buildChartData(model: IndicatorSeriesModel, targetLabel: string): LineData {
  const datasets: LineDataset[] = model.series.map((series, index) => {
    const style = seriesStyle(index);
    return {
      label: series.label,
      data: series.points.map((p) => p.value),
      borderColor: style.colour,
      backgroundColor: style.colour,
      borderWidth: series.isTotal ? 3 : 2,
      borderDash: style.dash,
      pointStyle: style.pointStyle,
      pointBorderColor: style.colour,
      pointBorderWidth: 2,
      pointBackgroundColor: series.points.map((p) =>
        isFlaggedStatus(p.status) ? HOLLOW_FILL : style.colour,
      ),
      pointRadius: series.points.map((p) => (p.value === null ? 0 : isFlaggedStatus(p.status) ? 5 : 4)),
      pointHoverRadius: series.points.map((p) => (p.value === null ? 0 : 7)),
      spanGaps: false,
      tension: 0,
    };
  });

  if (model.target) {
    datasets.push({
      label: targetLabel,
      data: model.years.map(() => model.target?.value ?? null),
      borderColor: TARGET_STYLE.colour,
      backgroundColor: TARGET_STYLE.colour,
      borderWidth: 2,
      borderDash: [...TARGET_STYLE.dash],
      pointRadius: 0,
      pointHoverRadius: 0,
      pointHitRadius: 0,
      pointStyle: 'line',
      spanGaps: true,
      tension: 0,
    });
  }

  return { labels: model.years.map(String), datasets };
}

export interface YAxisRange {
  beginAtZero: boolean;
  suggestedMin?: number;
  suggestedMax?: number;
}

/**
 * Where the value axis starts and ends. Counts and rates start at zero, so that changes are not
 * exaggerated; an indicator aimed at a target (such as gender parity = 1) is shown around its
 * target, as far out as its worst bound.
 */
export function yAxisRange(indicator: IndicatorDto): YAxisRange {
  const { direction, targetValue, worstBound, minValue, maxValue } = indicator;
  if (direction === 'target' && targetValue !== null) {
    const span = worstBound !== null ? Math.abs(targetValue - worstBound) : Math.abs(targetValue) * 0.1;
    if (span > 0) {
      return {
        beginAtZero: false,
        suggestedMin: minValue === null ? targetValue - span : Math.max(minValue, targetValue - span),
        suggestedMax: maxValue === null ? targetValue + span : Math.min(maxValue, targetValue + span),
      };
    }
  }
  return { beginAtZero: direction !== 'target' && minValue !== null && minValue >= 0 };
}
