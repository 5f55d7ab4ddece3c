/**
 * How a missing base year is replaced: `next`, the first later year with data (Open SDG);
 * `nearest`, the year with data closest to it that still leaves a later value to compare with (UNSD),
 * the later one on a tie.
 */
export type BaseYearRule = 'next' | 'nearest';

/**
 * The base year of a progress measure among the years with data (ascending): the preferred year
 * when it has data, otherwise as the rule says; null when no year qualifies.
 */
export function chooseBaseYear(
  years: readonly number[],
  preferred: number,
  rule: BaseYearRule,
): number | null {
  if (years.includes(preferred)) return preferred;
  if (rule === 'next') return years.find((year) => year > preferred) ?? null;
  const latest = years[years.length - 1];
  let nearest: number | null = null;
  for (const year of years) {
    if (year === latest) break;
    if (nearest === null || Math.abs(year - preferred) <= Math.abs(nearest - preferred)) nearest = year;
  }
  return nearest;
}
