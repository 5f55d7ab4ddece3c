/** What the export dialog asks for, turned into the API's query and a file name. */
import {
  apiRoutes,
  FIRST_REPORTING_YEAR,
  LAST_REPORTING_YEAR,
  withQuery,
  type ExportFormat,
} from '@lcm/contracts';

export interface ExportChoice {
  format: ExportFormat;
  /** Years as typed; blank for no bound. */
  fromYear: string;
  toYear: string;
  /** Indicator codes; empty for all. */
  indicators: string[];
  unapproved: boolean;
}

const EXTENSIONS: Record<ExportFormat, string> = {
  csv: '.csv',
  xlsx: '.xlsx',
  'open-sdg-zip': '-open-sdg.zip',
  'sdmx-csv': '-sdmx.csv',
  json: '.json',
};

/** The years filter as a range, `2015-2020`; a missing bound is open; nothing when both are blank or invalid. */
export function yearsParameter(fromYear: string, toYear: string): string | undefined {
  const year = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null);
  const from = year(fromYear);
  const to = year(toYear);
  if (from === null && to === null) return undefined;
  const first = from ?? FIRST_REPORTING_YEAR;
  const last = to ?? LAST_REPORTING_YEAR;
  return `${Math.min(first, last)}-${Math.max(first, last)}`;
}

export function exportPath(cities: readonly string[], choice: ExportChoice): string {
  return withQuery(apiRoutes.exports(), {
    format: choice.format,
    cities: cities.length ? cities.join(',') : undefined,
    indicators: choice.indicators.length ? choice.indicators.join(',') : undefined,
    years: yearsParameter(choice.fromYear, choice.toYear),
    unapproved: choice.unapproved ? 'true' : undefined,
  });
}

export function exportFileName(cities: readonly string[], format: ExportFormat): string {
  const base = cities.length === 1 ? `${cities[0]}-indicators` : 'learning-cities-indicators';
  return `${base}${EXTENSIONS[format]}`;
}
