import type { CityEquityResponse, DimensionCode, ParityBand, ParityIndex } from '@lcm/contracts';
import type { ChartTable, MarkedValue } from '../../shared/charts/chart-table';

/*
 * View models of the equity view ("who is left behind"): each group's values against the total over
 * time, and the parity index of the disadvantaged group against the reference group with its band.
 */

export interface EquitySeries {
  /** `total`, or the group's code (e.g. `F`, `R`, `PD`). */
  key: string;
  label: string;
  /** One per year of the model; null where nothing was reported (a gap, never 0). */
  values: (number | null)[];
  isTotal: boolean;
}

export interface ParityModel {
  /** Names of the two groups compared, e.g. "Women" over "Men". */
  disadvantaged: string;
  reference: string;
  /** One per year of the model; null where either group has no value. */
  indices: (ParityIndex | null)[];
}

export interface EquityDimensionModel {
  dimension: DimensionCode;
  /** The total first, then the groups in the API's order. */
  series: EquitySeries[];
  /** Null for dimensions without a disadvantaged and a reference group (age). */
  parity: ParityModel | null;
}

export interface EquityModel {
  years: number[];
  dimensions: EquityDimensionModel[];
}

export interface EquityLabels {
  total: string;
  /** A group's name in the reader's language (see `useDimensionLookup`). */
  group: (dimension: DimensionCode, code: string) => string;
}

/** Every year from the first to the last given, so that a year without values shows as a gap. */
function everyYear(years: readonly number[]): number[] {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return [];
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}

export function buildEquityModel(equity: CityEquityResponse, labels: EquityLabels): EquityModel {
  const years = everyYear(equity.years);
  // The API lists only the years with values; spread them over every year.
  const spread = <T>(values: readonly (T | null)[]): (T | null)[] => {
    const byYear = new Map(equity.years.map((year, index) => [year, values[index] ?? null]));
    return years.map((year) => byYear.get(year) ?? null);
  };
  const total: EquitySeries = {
    key: 'total',
    label: labels.total,
    values: spread(equity.total),
    isTotal: true,
  };
  return {
    years,
    dimensions: equity.dimensions.map((entry) => {
      const name = (code: string) => labels.group(entry.dimension, code);
      return {
        dimension: entry.dimension,
        series: [
          total,
          ...entry.groups.map((group) => ({
            key: group.code,
            label: name(group.code),
            values: spread(group.values),
            isTotal: false,
          })),
        ],
        parity: entry.parity
          ? {
              disadvantaged: name(entry.parity.disadvantaged),
              reference: name(entry.parity.reference),
              indices: spread(entry.parity.indices),
            }
          : null,
      };
    }),
  };
}

/** The latest year with a parity index, for the "who is left behind" summary; null when there is none. */
export function latestParity(
  years: readonly number[],
  parity: ParityModel,
): { year: number; index: ParityIndex } | null {
  for (let i = years.length - 1; i >= 0; i--) {
    const index = parity.indices[i];
    const year = years[i];
    if (index && year !== undefined) return { year, index };
  }
  return null;
}

export interface EquityTableLabels {
  year: string;
  ratio: string;
  adjusted: string;
  band: string;
  /** A parity band in words, naming the group that is behind. */
  bandName: (band: ParityBand, parity: ParityModel) => string;
}

export const PARITY_BAND_MARKS: Readonly<Record<ParityBand, string>> = {
  parity: '=',
  disadvantaged_behind: '▼',
  reference_behind: '▲',
};

/** Decimals of parity indices: enough to tell 0.97 from 0.968. */
export const PARITY_DECIMALS = 3;

/** The groups' chart as a table: a row per year, a column per series (the total first). */
export function groupsTable(
  years: readonly number[],
  dimension: EquityDimensionModel,
  caption: string,
  decimals: number,
  labels: Pick<EquityTableLabels, 'year'>,
): ChartTable {
  return {
    caption,
    rowHeader: labels.year,
    columns: dimension.series.map((series) => ({ key: series.key, header: series.label, decimals })),
    rows: years.map((year, index) => ({
      key: String(year),
      header: year,
      cells: dimension.series.map((series) => series.values[index] ?? null),
    })),
  };
}

/** The parity chart as a table: a row per year with the ratio, the adjusted index and its band. */
export function parityTable(
  years: readonly number[],
  parity: ParityModel,
  caption: string,
  labels: EquityTableLabels,
): ChartTable {
  return {
    caption,
    rowHeader: labels.year,
    columns: [
      { key: 'ratio', header: labels.ratio, decimals: PARITY_DECIMALS },
      { key: 'adjusted', header: labels.adjusted, decimals: PARITY_DECIMALS },
      { key: 'band', header: labels.band, kind: 'text' },
    ],
    rows: years.map((year, i) => {
      const index = parity.indices[i] ?? null;
      const band: MarkedValue | null = index
        ? { value: labels.bandName(index.band, parity), mark: PARITY_BAND_MARKS[index.band] }
        : null;
      return {
        key: String(year),
        header: year,
        cells: [index?.ratio ?? null, index?.adjusted ?? null, band],
      };
    }),
  };
}
