import {
  DIMENSION_CODES,
  type DimensionCode,
  type DimensionDto,
  type Disaggregation,
  type IndicatorDto,
  type ObservationDto,
  type ObservationStatus,
} from '@lcm/contracts';
import { compactDisaggregation, disaggregationKey, normaliseDisaggregation } from '@lcm/domain';
import type { CsvCell } from '@lcm/domain';

/** Labels and display order of disaggregation codes (from `/api/dimensions`, translated where possible). */
export interface DimensionLookup {
  label(dimension: DimensionCode, code: string): string;
  order(dimension: DimensionCode, code: string): number;
}

/**
 * Builds a lookup from the API's dimensions. `translate` may return a label in the user's
 * language; otherwise the API label is used, and the code itself when the API does not know it.
 */
export function createDimensionLookup(
  dimensions: readonly DimensionDto[],
  translate: (dimension: DimensionCode, code: string) => string | null = () => null,
): DimensionLookup {
  const byDimension = new Map(dimensions.map((d) => [d.code, d.values]));
  return {
    label(dimension, code) {
      const translated = translate(dimension, code);
      if (translated) return translated;
      return byDimension.get(dimension)?.find((v) => v.code === code)?.label ?? code;
    },
    order(dimension, code) {
      const index = byDimension.get(dimension)?.findIndex((v) => v.code === code) ?? -1;
      return index === -1 ? Number.MAX_SAFE_INTEGER : index;
    },
  };
}

export interface SeriesLabels {
  /** Label of the headline (not disaggregated) series. */
  total: string;
  /** Joins the labels of a disaggregation across dimensions, e.g. "Women · Rural". */
  separator: string;
}

/** One year of one series. `status` is null when nothing at all was reported for that year. */
export interface SeriesPoint {
  year: number;
  value: number | null;
  status: ObservationStatus | null;
}

export interface IndicatorSeries {
  /** `total`, or dimension=code pairs such as `SEX=F;URBANISATION=R`. */
  key: string;
  label: string;
  disaggregation: Disaggregation;
  isTotal: boolean;
  /** One point per year of the model, in the same order. */
  points: SeriesPoint[];
}

export interface TargetLine {
  value: number;
  year: number | null;
}

export interface IndicatorSeriesModel {
  /** Every year from the first to the last reported, without holes, oldest first. */
  years: number[];
  /** The total first, then by dimension and value order. */
  series: IndicatorSeries[];
  /** The indicator's target, or null when it has none. */
  target: TargetLine | null;
  /** Non-normal statuses that occur (E, P, M), for explaining the marks. */
  flaggedStatuses: ObservationStatus[];
}

const dimensionIndex = (dimension: DimensionCode): number => DIMENSION_CODES.indexOf(dimension);

/** The dimension=code pairs of a disaggregation, `_T` (total) left out, in the contract's dimension order. */
export function disaggregationPairs(disaggregation: Disaggregation): [DimensionCode, string][] {
  const compact = compactDisaggregation(normaliseDisaggregation(disaggregation));
  return DIMENSION_CODES.flatMap((dimension): [DimensionCode, string][] => {
    const code = compact[dimension];
    return code === undefined ? [] : [[dimension, code]];
  });
}

/** True for values a reader should treat with care: estimated or provisional. */
export function isFlaggedStatus(status: ObservationStatus | null): boolean {
  return status === 'E' || status === 'P';
}

function compareSeries(
  a: [DimensionCode, string][],
  b: [DimensionCode, string][],
  lookup: DimensionLookup,
): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) {
    const [dimA, codeA] = a[i]!;
    const [dimB, codeB] = b[i]!;
    const byDimension = dimensionIndex(dimA) - dimensionIndex(dimB);
    if (byDimension) return byDimension;
    const byValue = lookup.order(dimA, codeA) - lookup.order(dimB, codeB);
    if (byValue) return byValue;
    const byCode = codeA.localeCompare(codeB);
    if (byCode) return byCode;
  }
  return 0;
}

/**
 * Turns a city's observations of one indicator into chart series: one series per
 * disaggregation, one point per year. Years without a value stay `null` (a gap), never 0.
 */
export function buildIndicatorSeries(
  observations: readonly ObservationDto[],
  indicator: IndicatorDto,
  lookup: DimensionLookup,
  labels: SeriesLabels,
): IndicatorSeriesModel {
  const relevant = observations.filter((o) => o.indicator === indicator.code);
  const target: TargetLine | null =
    indicator.targetValue === null ? null : { value: indicator.targetValue, year: indicator.targetYear };
  if (relevant.length === 0) return { years: [], series: [], target, flaggedStatuses: [] };

  const reportedYears = relevant.map((o) => o.year);
  const first = Math.min(...reportedYears);
  const last = Math.max(...reportedYears);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);

  const groups = new Map<string, { pairs: [DimensionCode, string][]; byYear: Map<number, ObservationDto> }>();
  for (const observation of relevant) {
    const pairs = disaggregationPairs(observation.disaggregation);
    const key = disaggregationKey(observation.disaggregation);
    let group = groups.get(key);
    if (!group) {
      group = { pairs, byYear: new Map() };
      groups.set(key, group);
    }
    group.byYear.set(observation.year, observation);
  }

  const series = [...groups.entries()]
    .sort(([, a], [, b]) => compareSeries(a.pairs, b.pairs, lookup))
    .map(([key, { pairs, byYear }]): IndicatorSeries => ({
      key,
      label: pairs.length
        ? pairs.map(([dimension, code]) => lookup.label(dimension, code)).join(labels.separator)
        : labels.total,
      disaggregation: Object.fromEntries(pairs),
      isTotal: pairs.length === 0,
      points: years.map((year) => {
        const observation = byYear.get(year);
        return {
          year,
          value: observation && Number.isFinite(observation.value) ? observation.value : null,
          status: observation?.status ?? null,
        };
      }),
    }));

  return { years, series, target, flaggedStatuses: flaggedStatusesOf(series) };
}

/** Non-normal statuses (E, P, M) that occur in the series, for explaining the marks. */
function flaggedStatusesOf(series: readonly IndicatorSeries[]): ObservationStatus[] {
  const present = new Set(series.flatMap((s) => s.points.map((p) => p.status)));
  return (['E', 'P', 'M'] as const).filter((status) => present.has(status));
}

/** The dimensions the series are broken down by, in the contract's order. */
export function dimensionsInModel(model: IndicatorSeriesModel): DimensionCode[] {
  const used = new Set(model.series.flatMap((s) => Object.keys(s.disaggregation)));
  return DIMENSION_CODES.filter((dimension) => used.has(dimension));
}

/**
 * Narrows the model to the total and the series broken down by one dimension (e.g. women and
 * men), so that a chart of an indicator with many breakdowns stays readable. `all` keeps everything.
 */
export function seriesForBreakdown(
  model: IndicatorSeriesModel,
  breakdown: DimensionCode | 'all',
): IndicatorSeriesModel {
  if (breakdown === 'all') return model;
  const series = model.series.filter((s) => s.isTotal || s.disaggregation[breakdown] !== undefined);
  return { ...model, series, flaggedStatuses: flaggedStatusesOf(series) };
}

export interface IndicatorTableRow {
  year: number;
  /** One cell per series, in series order. */
  cells: SeriesPoint[];
}

/** The data table under the chart: years as rows, series as columns. */
export function buildTableRows(model: IndicatorSeriesModel): IndicatorTableRow[] {
  return model.years.map((year, i) => ({
    year,
    cells: model.series.map((s) => s.points[i] ?? { year, value: null, status: null }),
  }));
}

export interface CsvHeadings {
  year: string;
  /** Heading of a series' value column. */
  value: (seriesLabel: string) => string;
  /** Heading of a series' status column. */
  status: (seriesLabel: string) => string;
}

/**
 * The CSV behind "Download CSV": one row per year, then for each series its value and its
 * SDMX status code (A, E, P, M). Values stay numbers; gaps stay empty.
 */
export function buildCsvRows(model: IndicatorSeriesModel, headings: CsvHeadings): CsvCell[][] {
  const header: CsvCell[] = [
    headings.year,
    ...model.series.flatMap((s) => [headings.value(s.label), headings.status(s.label)]),
  ];
  const rows = buildTableRows(model).map((row): CsvCell[] => [
    row.year,
    ...row.cells.flatMap((cell): CsvCell[] => [cell.value, cell.status]),
  ]);
  return [header, ...rows];
}
