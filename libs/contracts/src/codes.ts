/** Code lists shared by the API, the web app and the exchange formats. SDMX codes follow the SDG DSD. */

export const REGION_CODES = ['AFR', 'ARB', 'APA', 'ENA', 'LAC'] as const;
/** UNESCO region (not a geographic continent): Africa, Arab States, Asia-Pacific, Europe and North America, Latin America and the Caribbean. */
export type RegionCode = (typeof REGION_CODES)[number];

export const DIRECTIONS = ['higher', 'lower', 'target'] as const;
/** Which way is better: higher, lower, or as close as possible to a target value (e.g. parity = 1). */
export type Direction = (typeof DIRECTIONS)[number];

export const AGGREGATIONS = ['sum', 'share', 'none'] as const;
/**
 * How disaggregated parts relate to their total:
 * `sum` (counts: parts add up to the total), `share` (rates: the total lies between its parts),
 * `none` (no arithmetic relation is checked).
 */
export type Aggregation = (typeof AGGREGATIONS)[number];

export const OBSERVATION_STATUSES = ['A', 'E', 'P', 'M'] as const;
/** SDMX OBS_STATUS: A normal, E estimated, P provisional, M missing. */
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

export const SUBMISSION_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const DIMENSION_CODES = ['SEX', 'AGE', 'URBANISATION', 'DISABILITY_STATUS'] as const;
/** Disaggregation dimensions, named as in the SDG SDMX data structure. */
export type DimensionCode = (typeof DIMENSION_CODES)[number];

/** The SDMX filler for "not disaggregated by this dimension". */
export const TOTAL_CODE = '_T';

/**
 * One combination of disaggregation codes. A dimension left out means its total (`_T`),
 * so `{}` is the headline value and `{ SEX: 'F' }` the value for women and girls.
 */
export type Disaggregation = Partial<Record<DimensionCode, string>>;

export const FRAMEWORK_CODES = ['KFLC', 'SDG', 'ISO37120'] as const;
export type FrameworkCode = (typeof FRAMEWORK_CODES)[number];

/** First and last reporting years the product accepts. */
export const FIRST_REPORTING_YEAR = 2000;
export const LAST_REPORTING_YEAR = 2100;
