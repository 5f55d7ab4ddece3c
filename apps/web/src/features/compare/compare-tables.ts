import type { PeerStanding, ProgressMeasure, ScoreBand } from '@lcm/contracts';
import type { ChartTable, ChartTableColumn, MarkedValue, TableCell } from '../../shared/charts/chart-table';
import {
  NO_SCORE_STYLE,
  PROGRESS_STATUS_ARROWS,
  SCORE_BAND_STYLES,
} from '../../shared/charts/progress-style';
import type { LineModel, MapModel, RankedBarsModel, ScatterModel } from './comparison-model';

/** Texts of the Compare page's tables, in the reader's language. */
export interface CompareTableLabels {
  city: string;
  /** Header of a value column, e.g. "Value (%)". */
  value: string;
  /** Header of a change column, e.g. "Change since the base year (%)". */
  change: string;
  dataYear: string;
  baseYear: string;
  rank: string;
  /** Header of the rank column where the bars are ordered by change: the rank is still that of the value. */
  rankOfValue: string;
  rankOf: (standing: PeerStanding) => string;
  score: string;
  band: string;
  bandName: (band: ScoreBand) => string;
  noScore: string;
  progress: string;
  /** A progress status in words, with the reason when it is not available. */
  status: (measure: ProgressMeasure) => string;
}

/** Formats of the values compared: the indicator's decimals, or one decimal for changes in percent. */
export interface ValueFormat {
  decimals: number;
}

const CHANGE_DECIMALS = 1;

export function progressCell(measure: ProgressMeasure, labels: CompareTableLabels): MarkedValue {
  return { value: labels.status(measure), mark: PROGRESS_STATUS_ARROWS[measure.status] };
}

function bandCell(band: ScoreBand | null, labels: CompareTableLabels): MarkedValue {
  return band === null
    ? { value: labels.noScore, mark: NO_SCORE_STYLE.mark }
    : { value: labels.bandName(band), mark: SCORE_BAND_STYLES[band].mark };
}

/** The line chart's table: a row per city, a column per year, then the base year (change mode) and progress. */
export function lineTable(
  model: LineModel,
  caption: string,
  format: ValueFormat,
  labels: CompareTableLabels,
): ChartTable {
  const decimals = model.mode === 'change' ? CHANGE_DECIMALS : format.decimals;
  const columns: ChartTableColumn[] = [
    ...model.years.map((year) => ({ key: String(year), header: String(year), decimals })),
    ...(model.mode === 'change' ? [{ key: 'base', header: labels.baseYear, kind: 'year' as const }] : []),
    { key: 'progress', header: labels.progress, kind: 'text' },
  ];
  return {
    caption,
    rowHeader: labels.city,
    columns,
    rows: model.lines.map((line) => ({
      key: line.slug,
      header: line.name,
      cells: [
        ...line.values,
        ...(model.mode === 'change' ? [line.baseYear] : []),
        progressCell(line.progress, labels),
      ],
    })),
  };
}

/** The ranked bars' table: a row per city in rank order, with the data year of every value. */
export function rankedBarsTable(
  model: RankedBarsModel,
  caption: string,
  format: ValueFormat,
  labels: CompareTableLabels,
): ChartTable {
  const change = model.mode === 'change';
  const columns: ChartTableColumn[] = [
    { key: 'rank', header: change ? labels.rankOfValue : labels.rank, kind: 'text' },
    change
      ? { key: 'change', header: labels.change, decimals: CHANGE_DECIMALS }
      : { key: 'value', header: labels.value, decimals: format.decimals },
    ...(change ? [{ key: 'base', header: labels.baseYear, kind: 'year' as const }] : []),
    { key: 'year', header: labels.dataYear, kind: 'year' },
    { key: 'score', header: labels.score, decimals: 0 },
    { key: 'band', header: labels.band, kind: 'text' },
    { key: 'progress', header: labels.progress, kind: 'text' },
  ];
  return {
    caption,
    rowHeader: labels.city,
    columns,
    rows: model.bars.map((bar) => ({
      key: bar.slug,
      header: bar.name,
      cells: [
        bar.standing ? labels.rankOf(bar.standing) : null,
        bar.value,
        ...(change ? [bar.baseYear] : []),
        bar.dataYear,
        bar.score,
        bandCell(bar.band, labels),
        progressCell(bar.progress, labels),
      ],
    })),
  };
}

export interface ScatterAxisLabels {
  /** e.g. "Participation in education (%)" or "… change per year (percentage points)". */
  header: string;
  decimals: number;
}

/** The scatter's table: a row per city plotted, with each indicator's value and data year. */
export function scatterTable(
  model: ScatterModel,
  caption: string,
  axes: { x: ScatterAxisLabels; y: ScatterAxisLabels },
  labels: CompareTableLabels & { fromYear: string },
): ChartTable {
  const change = model.points.some((point) => point.x.fromYear !== null);
  const axisColumns = (key: 'x' | 'y'): ChartTableColumn[] => [
    { key, header: axes[key].header, decimals: axes[key].decimals },
    ...(change ? [{ key: `${key}-from`, header: labels.fromYear, kind: 'year' as const }] : []),
    { key: `${key}-year`, header: labels.dataYear, kind: 'year' },
  ];
  const axisCells = (value: ScatterModel['points'][number]['x']): TableCell[] => [
    value.value,
    ...(change ? [value.fromYear] : []),
    value.year,
  ];
  return {
    caption,
    rowHeader: labels.city,
    columns: [...axisColumns('x'), ...axisColumns('y')],
    rows: model.points.map((point) => ({
      key: point.slug,
      header: point.name,
      cells: [...axisCells(point.x), ...axisCells(point.y)],
    })),
  };
}

/** The map's table: a row per city placed on the map, with its value, data year, score and band. */
export function mapTable(
  model: MapModel,
  caption: string,
  format: ValueFormat,
  labels: CompareTableLabels,
): ChartTable {
  return {
    caption,
    rowHeader: labels.city,
    columns: [
      { key: 'value', header: labels.value, decimals: format.decimals },
      { key: 'year', header: labels.dataYear, kind: 'year' },
      { key: 'score', header: labels.score, decimals: 0 },
      { key: 'band', header: labels.band, kind: 'text' },
    ],
    rows: model.points.map((point) => ({
      key: point.slug,
      header: point.name,
      cells: [point.value, point.dataYear, point.score, bandCell(point.band, labels)],
    })),
  };
}
