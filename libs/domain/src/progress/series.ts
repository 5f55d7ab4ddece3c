/** A value of a series as reported: the year may be a reporting period such as `2015-16`. */
export interface SeriesPoint {
  year: number | string;
  value: number;
}

/** A value with its calendar year. */
export interface YearPoint {
  year: number;
  value: number;
}

/** `2015`, `2015-16`, `2015/16`, `2015–2016`: a period is dated by its first year, as both progress methods do. */
const YEAR_LABEL = /^(\d{4})(?:\s*[-/–]\s*\d{2}(?:\d{2})?)?$/;

/** The calendar year of a year or reporting-period label, or null when it is not one. */
export function parseYearLabel(label: number | string): number | null {
  if (typeof label === 'number') return Number.isInteger(label) ? label : null;
  const match = YEAR_LABEL.exec(label.trim());
  return match?.[1] ? Number(match[1]) : null;
}

export type SeriesProblem = 'duplicate_year' | 'invalid_year';

/**
 * Dates each value by its year, leaves out missing values (NaN, ±Infinity) and values after
 * `untilYear`, and sorts by year. Two values for one year (e.g. `2015` and `2015-16`) make the
 * series ambiguous, as does a label that is not a year.
 */
export function toYearPoints(
  series: readonly SeriesPoint[],
  untilYear?: number,
): { points: YearPoint[]; problem: SeriesProblem | null } {
  const byYear = new Map<number, number>();
  for (const point of series) {
    if (!Number.isFinite(point.value)) continue;
    const year = parseYearLabel(point.year);
    if (year === null) return { points: [], problem: 'invalid_year' };
    if (untilYear !== undefined && year > untilYear) continue;
    if (byYear.has(year)) return { points: [], problem: 'duplicate_year' };
    byYear.set(year, point.value);
  }
  const points = [...byYear].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
  return { points, problem: null };
}
