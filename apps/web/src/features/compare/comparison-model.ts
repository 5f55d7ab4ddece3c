import type {
  ComparisonCityRow,
  IndicatorComparisonResponse,
  ObservationStatus,
  PeerStanding,
  ProgressMeasure,
  ScoreBand,
} from '@lcm/contracts';
import { chooseBaseYear } from '@lcm/domain';
import type { ValueMode } from './compare-state';

/*
 * View models of the Compare page, built from the API's indicator comparison. Missing values stay
 * null all the way to the screen (a gap, an empty bar, "missing" in the table), never 0; every value
 * compared across cities keeps its own data year.
 */

/** One year's values of a city as a change in percent against its base value. */
export interface RelativeChange {
  /** The year compared with: the base year asked for, else the next year with data; null when none. */
  baseYear: number | null;
  /** One per year; null before the base year, where there is no value, or without a usable base. */
  values: (number | null)[];
}

/**
 * Change in percent of each year's value against the base value, (v − base) / |base| × 100.
 * The base is the value of the preferred base year, or of the next year with data (the progress
 * measures' rule); a base of 0 has no relative change.
 */
export function relativeChange(
  years: readonly number[],
  values: readonly (number | null)[],
  preferredBaseYear: number,
): RelativeChange {
  const withData = years.filter((_, index) => values[index] !== null && values[index] !== undefined);
  const baseYear = chooseBaseYear(withData, preferredBaseYear, 'next');
  const base = baseYear === null ? null : (values[years.indexOf(baseYear)] ?? null);
  if (baseYear === null || base === null || base === 0) {
    return { baseYear: null, values: years.map(() => null) };
  }
  return {
    baseYear,
    values: years.map((year, index) => {
      const value = values[index] ?? null;
      return year < baseYear || value === null ? null : ((value - base) / Math.abs(base)) * 100;
    }),
  };
}

// ---------------------------------------------------------------------------------------------------
// Line chart over time

export interface CityLine {
  slug: string;
  name: string;
  /** One per year of the model: the value, or its change against the base year. */
  values: (number | null)[];
  /** Observation status of each year's value (estimated and provisional values are drawn hollow). */
  statuses: (ObservationStatus | null)[];
  /** Change mode: the year the change is measured from; null in value mode or without a usable base. */
  baseYear: number | null;
  progress: ProgressMeasure;
  /** The reference city of the comparison, drawn more strongly. */
  isReference: boolean;
}

export interface LineModel {
  years: number[];
  mode: ValueMode;
  /** In the API's order: best latest value first. */
  lines: CityLine[];
  /** Change mode: cities without a usable base value, which therefore have no line. */
  withoutBase: string[];
}

export function buildLineModel(
  comparison: IndicatorComparisonResponse,
  mode: ValueMode,
  preferredBaseYear: number,
  referenceCity: string | null,
): LineModel {
  const { years } = comparison;
  const withoutBase: string[] = [];
  const lines = comparison.cities.map((row): CityLine => {
    const { values } = row;
    const change = mode === 'change' ? relativeChange(years, values, preferredBaseYear) : null;
    if (change?.baseYear === null && values.some((value) => value !== null)) withoutBase.push(row.city.name);
    return {
      slug: row.city.slug,
      name: row.city.name,
      values: change ? change.values : values,
      statuses: row.statuses,
      baseYear: change?.baseYear ?? null,
      progress: row.progress,
      isReference: row.city.slug === referenceCity,
    };
  });
  return { years, mode, lines, withoutBase };
}

// ---------------------------------------------------------------------------------------------------
// Ranked bars for one year

export interface RankedBar {
  slug: string;
  name: string;
  /** The latest value up to the year, or its change since the base year; null when there is none. */
  value: number | null;
  /** Data year of the value: the year itself, or an earlier one when the city has not reported since. */
  dataYear: number | null;
  /** Change mode: the year the change is measured from. */
  baseYear: number | null;
  /** True when the value is older than the year compared: such bars are drawn hollow and say their year. */
  older: boolean;
  standing: PeerStanding | null;
  score: number | null;
  band: ScoreBand | null;
  progress: ProgressMeasure;
  isReference: boolean;
}

export interface RankedBarsModel {
  /** The year compared (the answer's last year). */
  year: number;
  mode: ValueMode;
  /** Best first; cities without a value last, by name. */
  bars: RankedBar[];
}

/** A city's latest value and the change to it from its base value, for the ranked bars in change mode. */
function changeToLatest(
  row: ComparisonCityRow,
  years: readonly number[],
  preferredBaseYear: number,
): { value: number | null; baseYear: number | null } {
  if (!row.latest) return { value: null, baseYear: null };
  const latestYear = row.latest.year;
  const change = relativeChange(years, row.values, preferredBaseYear);
  if (change.baseYear === null || change.baseYear >= latestYear) return { value: null, baseYear: null };
  return { value: change.values[years.indexOf(latestYear)] ?? null, baseYear: change.baseYear };
}

export function buildRankedBars(
  comparison: IndicatorComparisonResponse,
  mode: ValueMode,
  preferredBaseYear: number,
  referenceCity: string | null,
): RankedBarsModel {
  const year = comparison.to;
  const bars = comparison.cities.map((row): RankedBar => {
    const latest = row.latest;
    const change = mode === 'change' ? changeToLatest(row, comparison.years, preferredBaseYear) : null;
    const value = change ? change.value : (latest?.value ?? null);
    const dataYear = value === null ? null : (latest?.year ?? null);
    return {
      slug: row.city.slug,
      name: row.city.name,
      value,
      dataYear,
      baseYear: change?.baseYear ?? null,
      older: dataYear !== null && dataYear < year,
      standing: latest?.standing ?? null,
      score: latest?.score ?? null,
      band: latest?.band ?? null,
      progress: row.progress,
      isReference: row.city.slug === referenceCity,
    };
  });
  if (mode === 'change') {
    // Growth is better for higher-is-better indicators, decline for lower-is-better; closeness to a
    // target cannot be read from the change alone, so those are shown largest change first.
    const sign = comparison.indicator.direction === 'lower' ? 1 : -1;
    bars.sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.name.localeCompare(b.name) : a.value === null ? 1 : -1;
      }
      return sign * (a.value - b.value);
    });
  }
  return { year, mode, bars };
}

// ---------------------------------------------------------------------------------------------------
// Scatter of two indicators

export interface ScatterAxisValue {
  /** The latest value up to the year, or the average annual change since the base year. */
  value: number;
  /** Data year of the (latest) value. */
  year: number;
  /** Average annual change: the year it is measured from. */
  fromYear: number | null;
}

export interface ScatterPoint {
  slug: string;
  name: string;
  x: ScatterAxisValue;
  y: ScatterAxisValue;
  isReference: boolean;
}

export interface ScatterModel {
  points: ScatterPoint[];
  /** Cities that lack a value (or a change) of one indicator or both, by name: not plotted. */
  incomplete: string[];
}

/**
 * The value a city contributes to one axis of the scatter: its latest value, or its average annual
 * change (units per year) from the base value (the base-year rule) to the latest value.
 */
export function scatterAxisValue(
  row: ComparisonCityRow,
  years: readonly number[],
  measure: 'value' | 'change',
  preferredBaseYear: number,
): ScatterAxisValue | null {
  const latest = row.latest;
  if (!latest) return null;
  if (measure === 'value') return { value: latest.value, year: latest.year, fromYear: null };
  const yearsWithData = years.filter((year, index) => row.values[index] != null && year <= latest.year);
  const fromYear = chooseBaseYear(yearsWithData, preferredBaseYear, 'next');
  const base = fromYear === null ? null : (row.values[years.indexOf(fromYear)] ?? null);
  if (fromYear === null || base === null || fromYear >= latest.year) return null;
  return { value: (latest.value - base) / (latest.year - fromYear), year: latest.year, fromYear };
}

export function buildScatter(
  xComparison: IndicatorComparisonResponse,
  yComparison: IndicatorComparisonResponse,
  measure: 'value' | 'change',
  preferredBaseYear: number,
  referenceCity: string | null,
): ScatterModel {
  const yRows = new Map(yComparison.cities.map((row) => [row.city.slug, row]));
  const points: ScatterPoint[] = [];
  const incomplete: string[] = [];
  for (const row of xComparison.cities) {
    const yRow = yRows.get(row.city.slug);
    const x = scatterAxisValue(row, xComparison.years, measure, preferredBaseYear);
    const y = yRow ? scatterAxisValue(yRow, yComparison.years, measure, preferredBaseYear) : null;
    if (x && y) {
      points.push({
        slug: row.city.slug,
        name: row.city.name,
        x,
        y,
        isReference: row.city.slug === referenceCity,
      });
    } else {
      incomplete.push(row.city.name);
    }
  }
  return { points, incomplete: incomplete.sort((a, b) => a.localeCompare(b)) };
}

// ---------------------------------------------------------------------------------------------------
// Map of the cities

export interface MapPoint {
  slug: string;
  name: string;
  latitude: number;
  longitude: number;
  value: number | null;
  dataYear: number | null;
  score: number | null;
  band: ScoreBand | null;
  isReference: boolean;
}

export interface MapModel {
  year: number;
  points: MapPoint[];
  /** Cities whose position is not recorded, by name: listed under the map instead. */
  unplaced: string[];
}

export function buildMapModel(
  comparison: IndicatorComparisonResponse,
  referenceCity: string | null,
): MapModel {
  const points: MapPoint[] = [];
  const unplaced: string[] = [];
  for (const row of comparison.cities) {
    const { latitude, longitude } = row.city;
    if (latitude === null || longitude === null) {
      unplaced.push(row.city.name);
      continue;
    }
    points.push({
      slug: row.city.slug,
      name: row.city.name,
      latitude,
      longitude,
      value: row.latest?.value ?? null,
      dataYear: row.latest?.year ?? null,
      score: row.latest?.score ?? null,
      band: row.latest?.band ?? null,
      isReference: row.city.slug === referenceCity,
    });
  }
  return { year: comparison.to, points, unplaced: unplaced.sort((a, b) => a.localeCompare(b)) };
}
