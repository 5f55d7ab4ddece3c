import { IndicatorCatalogue } from './indicators';
import { fileProblem } from './problems';
import type { ExchangeIndicator, FormatDetection, TargetCity } from './types';

/**
 * Our own template, one observation per row. `indicator_name` only helps the reader (ignored on import);
 * disaggregations and status hold codes (`F`, `Y15T24`, `_T`, `E`); a blank disaggregation is the total;
 * `time_detail` keeps a period such as `2018/2019` that counts for `year`.
 */
export const TEMPLATE_COLUMNS = [
  'city',
  'indicator',
  'indicator_name',
  'year',
  'time_detail',
  'sex',
  'age',
  'urbanisation',
  'disability_status',
  'value',
  'unit',
  'status',
  'source',
  'comment',
] as const;
export const TEMPLATE_REQUIRED_COLUMNS = ['city', 'indicator', 'year', 'value'] as const;

/** The dataflow our SDMX-CSV exports name; imports accept any dataflow with these column IDs. */
export const SDMX_DATAFLOW_2 = 'UIL:DF_GNLC_CITY(1.0.0)';

const SDMX_COMPONENTS = [
  'FREQ',
  'REF_AREA',
  'INDICATOR',
  'SERIES',
  'SEX',
  'AGE',
  'URBANISATION',
  'DISABILITY_STATUS',
  'TIME_PERIOD',
  'OBS_VALUE',
  'UNIT_MEASURE',
  'UNIT_MULT',
  'OBS_STATUS',
  'TIME_DETAIL',
  'SOURCE_DETAIL',
  'COMMENT_OBS',
] as const;
/** Columns our SDMX-CSV exports write, in this order. `INDICATOR` holds our code, `SERIES` the SDG series. */
export const SDMX_CSV_2_COLUMNS = ['STRUCTURE', 'STRUCTURE_ID', 'ACTION', ...SDMX_COMPONENTS] as const;

/** Column headers our Open SDG exports write (all understood by the default label mappings). */
export const OPEN_SDG_COLUMNS = {
  year: 'Year',
  series: 'Series',
  sex: 'Sex',
  age: 'Age',
  urbanisation: 'Urbanisation',
  disabilityStatus: 'Disability status',
  units: 'Units',
  unitMultiplier: 'Unit multiplier',
  observationStatus: 'Observation status',
  source: 'Source',
  comment: 'COMMENT_OBS',
  value: 'Value',
} as const;

/** The SDMX REF_AREA of a city, e.g. `IRL-CORK`: its country's ISO 3166 alpha-3 code and its slug. */
export function cityRefArea(city: Pick<TargetCity, 'slug' | 'countryIso3'>): string {
  return `${city.countryIso3}-${city.slug}`.toUpperCase();
}

/**
 * Open SDG file name for an indicator: `indicator_4-3-1.csv` when its SDG code names it without
 * ambiguity in the catalogue, otherwise `indicator_<our code>.csv`, which imports back just as well.
 */
export function openSdgFileName(
  indicator: ExchangeIndicator,
  catalogue: readonly ExchangeIndicator[],
): string {
  const lookup = new IndicatorCatalogue(catalogue);
  for (const sdgCode of indicator.sdgIndicatorCodes) {
    const found = lookup.resolve(sdgCode);
    if (found.ok && found.indicator.code === indicator.code)
      return `indicator_${sdgCode.replace(/\./g, '-')}.csv`;
  }
  return `indicator_${indicator.code}.csv`;
}

const EXPECTED =
  'our template (columns city, indicator, year, value, …), Open SDG CSV (first column Year, last column ' +
  'Value), SDMX-CSV 1.0 (first column DATAFLOW) or SDMX-CSV 2.0 (first columns STRUCTURE, STRUCTURE_ID)';

/**
 * Tells the format from the header row, not from the file name (which only helps explain a refusal).
 */
export function detectFormat(header: readonly string[], fileName?: string): FormatDetection {
  const cells = header.map((cell) => cell.trim());
  const upper = cells.map((cell) => cell.toUpperCase());
  if (upper[0] === 'DATAFLOW') return { ok: true, format: 'sdmx-csv-1' };
  if (upper[0] === 'STRUCTURE' && upper[1] === 'STRUCTURE_ID') return { ok: true, format: 'sdmx-csv-2' };
  const lower = new Set(cells.map((cell) => cell.toLowerCase()));
  if (TEMPLATE_REQUIRED_COLUMNS.every((column) => lower.has(column)))
    return { ok: true, format: 'template-csv' };
  if (upper[0] === 'YEAR' && upper[upper.length - 1] === 'VALUE' && cells.length >= 2) {
    return { ok: true, format: 'open-sdg-csv' };
  }
  const shown = cells.slice(0, 8).join(', ') + (cells.length > 8 ? ', …' : '');
  const hint =
    fileName && /^indicator_.+\.csv$/i.test(fileName)
      ? ` The name ${fileName} suggests an Open SDG file: its first column must be Year and its last Value.`
      : '';
  return {
    ok: false,
    problem: fileProblem(
      'UNKNOWN_FORMAT',
      `The first row (${shown}) does not match a format the importer knows. Expected ${EXPECTED}.${hint}`,
      1,
    ),
  };
}
