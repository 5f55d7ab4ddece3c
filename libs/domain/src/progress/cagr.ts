/**
 * Compound annual growth rate from `baseValue` in `baseYear` to `value` in `year`:
 * (value / baseValue)^(1 / (year − baseYear)) − 1. Both progress methods rest on it.
 * Callers make sure the years differ and the values share a sign (NaN otherwise).
 */
export function cagr(value: number, baseValue: number, year: number, baseYear: number): number {
  return (value / baseValue) ** (1 / (year - baseYear)) - 1;
}
