import { DIMENSION_CODES, TOTAL_CODE, type DimensionCode, type Disaggregation } from '@lcm/contracts';

/** A disaggregation with every dimension spelled out (`_T` where not disaggregated). */
export type FullDisaggregation = Record<DimensionCode, string>;

/** Fills unspecified dimensions with the total code, so two spellings of one combination compare equal. */
export function normaliseDisaggregation(disaggregation: Disaggregation | undefined): FullDisaggregation {
  const full = {} as FullDisaggregation;
  for (const dimension of DIMENSION_CODES) full[dimension] = disaggregation?.[dimension] ?? TOTAL_CODE;
  return full;
}

/** The compact form used in API answers: only the dimensions that are not totals. */
export function compactDisaggregation(full: FullDisaggregation): Disaggregation {
  const compact: Disaggregation = {};
  for (const dimension of DIMENSION_CODES) {
    if (full[dimension] !== TOTAL_CODE) compact[dimension] = full[dimension];
  }
  return compact;
}

/** Human- and log-friendly key, e.g. `SEX=F;URBANISATION=R`, or `total` for the headline value. */
export function disaggregationKey(disaggregation: Disaggregation | undefined): string {
  const full = normaliseDisaggregation(disaggregation);
  const parts = DIMENSION_CODES.filter((d) => full[d] !== TOTAL_CODE).map((d) => `${d}=${full[d]}`);
  return parts.length ? parts.join(';') : 'total';
}
